package org.iskra.staticsite;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.iskra.publication.PageDrawer;
import org.iskra.publication.PageSink;
import org.iskra.publication.SiteSettings;
import org.iskra.store.DiskFull;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Writes the static copy of the site into a directory, in two steps:
 *
 * <ol>
 *   <li>The pages there are many of (articles, listings and their later pages, feeds) are drawn
 *       in-process by the features' {@link PageDrawer}s, in bulk from data read once, on as many
 *       threads as there are cores: the same bytes the site answers, without a request each.
 *   <li>Everything else is read over HTTP (the application must be serving; the {@code
 *       export-static} command starts it on a loopback port), from the front page, robots.txt, the
 *       sitemaps and the feeds, following every link of every page, drawn or read, by a fixed
 *       number of readers on virtual threads.
 * </ol>
 *
 * The copy holds what a reader following links can reach and nothing more: a drawn page no page
 * links to (an author page in an edition none of whose articles is theirs) is left out. Only one
 * page per thread is held at once; what stays in memory is the set of addresses seen, the first
 * page linking to each, and one hash per file.
 *
 * <p>A manifest ({@code .iskra-export.tsv}: file and SHA-256 per line) makes re-runs incremental: a
 * file whose bytes did not change is not touched, the files of addresses the site no longer has are
 * deleted.
 *
 * <p>Each file is replaced whole (written beside it, then moved over it). A run that fails after
 * writing some files (a full disk, the server stopping) renames the manifest {@code
 * .iskra-export.tsv.unfinished}: its hashes no longer say what the files hold, so the next run
 * rewrites every file, and still deletes those of addresses gone.
 */
@Service
public class StaticSiteExporter {

  static final String MANIFEST = ".iskra-export.tsv";
  static final String UNFINISHED = MANIFEST + ".unfinished";
  static final String REDIRECTS = "_redirects";
  static final String NOT_FOUND = "404.html";

  private static final Pattern DTSTAMP = Pattern.compile("(?m)^DTSTAMP:[^\r\n]*\r?\n");

  private static final List<String> SEEDS =
      List.of(
          "/",
          "/robots.txt",
          "/sitemap.xml",
          "/feed.xml",
          "/atom.xml",
          "/feed.json",
          "/countries",
          "/archive",
          "/events",
          "/events/past",
          "/events.ics",
          "/appeals");

  private final Environment environment;
  private final SiteSettings site;
  private final List<PageDrawer> drawers;

  StaticSiteExporter(Environment environment, SiteSettings site, List<PageDrawer> drawers) {
    this.environment = environment;
    this.site = site;
    this.drawers = drawers;
  }

  /** How many addresses are read at once when nobody says: enough to keep every core busy. */
  public static int defaultParallelism() {
    return Math.max(4, Runtime.getRuntime().availableProcessors() * 4);
  }

  /**
   * Exports the site into {@code dir}, creating it if needed.
   *
   * @param searchUrl where the search form sends readers in the copy, or {@code null} to keep the
   *     site's own {@code /search} (which a static host answers with the not-found page)
   * @param parallelism how many addresses are read at once
   * @throws StaticExportRefused if {@code dir} is a file or the application is not serving
   */
  public StaticExportReport export(Path dir, String searchUrl, int parallelism) {
    return export(dir, searchUrl, parallelism, true);
  }

  /**
   * @param draw whether pages are drawn in-process before the crawl; without, every page is read
   *     over HTTP (how tests show that drawing changes no byte of the copy)
   */
  StaticExportReport export(Path dir, String searchUrl, int parallelism, boolean draw) {
    return export(dir, searchUrl, parallelism, draw, StaticSiteExporter::writeWhole);
  }

  /** How a file's bytes reach the disk (tests fill the disk up). */
  @FunctionalInterface
  interface FileWriting {
    void write(Path file, byte[] body) throws IOException;
  }

  StaticExportReport export(
      Path dir, String searchUrl, int parallelism, boolean draw, FileWriting writing) {
    Instant start = Instant.now();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StaticExportRefused(dir + " is a file, not a directory.");
    }
    Integer port = environment.getProperty("local.server.port", Integer.class);
    if (port == null || port <= 0) {
      throw new StaticExportRefused("The site is not being served, so there is nothing to read.");
    }
    String host = host(environment.getProperty("server.address"));
    Run run;
    try {
      Files.createDirectories(dir);
      run = new Run(dir, "http://" + host + ":" + port, searchUrl, parallelism, writing);
    } catch (IOException e) {
      throw cannotWrite(dir, e);
    }
    try {
      if (draw) {
        run.draw();
      }
      run.crawl();
      run.leaveOutUnlinked();
      run.notFoundPage();
      run.redirectsFile();
      int deleted = run.deleteVanished();
      run.writeManifest();
      List<String> sample = new ArrayList<>(run.missing);
      Collections.sort(sample);
      return new StaticExportReport(
          run.current.size(),
          run.drawnKept(),
          run.drawing,
          run.written.get(),
          run.unchanged.get(),
          deleted,
          run.redirects.size(),
          run.missing.size(),
          List.copyOf(sample.subList(0, Math.min(20, sample.size()))),
          Duration.between(start, Instant.now()));
    } catch (IOException e) {
      RuntimeException failure = cannotWrite(dir, e);
      run.leaveUnfinished(failure);
      throw failure;
    } catch (RuntimeException e) {
      run.leaveUnfinished(e);
      throw e;
    }
  }

  /**
   * A file of the copy that could not be written, said so that the operator knows what to do: a
   * full disk plainly, anything else with the system's reason.
   */
  static StaticExportRefused cannotWrite(Path file, IOException e) {
    String unfinished =
        " The copy is unfinished: each file in it is whole, and the next run rewrites them all.";
    if (DiskFull.isCause(e)) {
      return new StaticExportRefused(
          file
              + ": the disk is full. Free some space, or write the copy to another disk."
              + unfinished,
          e);
    }
    return new StaticExportRefused(
        file + ": cannot be written (" + e.getMessage() + ")." + unfinished, e);
  }

  /**
   * Where this process answers: the address the server is bound to, or loopback when it listens on
   * every address (the default).
   */
  static String host(String serverAddress) {
    if (serverAddress == null
        || serverAddress.isBlank()
        || serverAddress.equals("0.0.0.0")
        || serverAddress.equals("::")
        || serverAddress.equals("[::]")) {
      return "127.0.0.1";
    }
    String address = serverAddress.strip();
    if (address.contains(":") && !address.startsWith("[")) {
      return "[" + address + "]"; // IPv6
    }
    return address;
  }

  /** An address to read, and the first page that linked to it (to name a broken link). */
  private record Link(String address, String from) {}

  /** The file an address was stored in, and whether this run wrote it. */
  private record Stored(String file, boolean written) {}

  /** One export: its addresses, hashes and counts. */
  private final class Run {

    private final Path dir;
    private final String origin;
    private final String searchUrl;
    private final StaticAddresses addresses;
    private final Map<String, String> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Set<String> missing = ConcurrentHashMap.newKeySet();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    /** Every address some page links to, with the first page found linking to it. */
    private final Map<String, String> linkedFrom = new ConcurrentHashMap<>();

    /** Drawn pages: address, and the file holding it with whether this run wrote it. */
    private final Map<String, Stored> drawn = new ConcurrentHashMap<>();

    private final ThreadLocal<LinkTexts> handedByThread = ThreadLocal.withInitial(LinkTexts::new);

    private Duration drawing = Duration.ZERO;

    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final int parallelism;
    private final FileWriting writing;

    /**
     * Whether {@link #previous} says what the files hold: not after an unfinished run, which may
     * have replaced some of them.
     */
    private final boolean previousHolds;

    private final LinkedBlockingQueue<Link> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    Run(Path dir, String origin, String searchUrl, int parallelism, FileWriting writing)
        throws IOException {
      this.dir = dir;
      this.origin = origin;
      this.searchUrl = searchUrl;
      this.addresses = new StaticAddresses(site.baseUrl(), origin);
      this.previousHolds = Files.isRegularFile(dir.resolve(MANIFEST));
      this.previous = readManifest(dir.resolve(previousHolds ? MANIFEST : UNFINISHED));
      this.parallelism = Math.max(1, parallelism);
      this.writing = writing;
    }

    /**
     * Draws the drawers' pages on one platform thread per core. Links found are only noted: the
     * crawl starts after, so that nothing a drawer draws is also read over HTTP.
     */
    void draw() {
      List<Runnable> jobs = new ArrayList<>();
      PageSink sink = this::drawn;
      for (PageDrawer drawer : drawers) {
        jobs.addAll(drawer.drawing(sink));
      }
      long started = System.nanoTime();
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      try (ExecutorService pool =
          Executors.newFixedThreadPool(
              threads, Thread.ofPlatform().name("static-draw-", 0).factory())) {
        List<Future<?>> done = new ArrayList<>();
        for (Runnable job : jobs) {
          done.add(
              pool.submit(
                  () -> {
                    if (failure.get() != null) {
                      return; // a job failed: the export fails, the jobs left need not run
                    }
                    try {
                      job.run();
                    } catch (RuntimeException e) {
                      failure.compareAndSet(null, e);
                      throw e;
                    }
                  }));
        }
        try {
          for (Future<?> each : done) {
            each.get();
          }
        } catch (InterruptedException e) {
          // The server is stopping (a refresh from the desk): the jobs not started return at once,
          // and with the flag set again the pool's close stops the running ones.
          failure.compareAndSet(null, new IllegalStateException("Interrupted while drawing", e));
          Thread.currentThread().interrupt();
          throw failure.get();
        }
        drawing = Duration.ofNanos(System.nanoTime() - started);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException runtime
            ? runtime
            : new IllegalStateException("Drawing the site's pages failed", e.getCause());
      }
    }

    private void drawn(String address, String contentType, String body) {
      if (!seen.add(address)) {
        return; // two drawers, one address: the first one stays, as with two links
      }
      Stored stored = accept(address, contentType, body.getBytes(StandardCharsets.UTF_8), false);
      if (stored != null) {
        drawn.put(address, stored);
      }
    }

    void crawl() {
      for (String seed : SEEDS) {
        linkedFrom.putIfAbsent(seed, "the seeds");
        enqueue(seed, "the seeds");
      }
      for (Map.Entry<String, String> link : linkedFrom.entrySet()) {
        enqueue(link.getKey(), link.getValue());
      }
      // A few readers pull addresses from one queue: memory holds addresses, not waiting threads.
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < parallelism; i++) {
        workers.add(Thread.ofVirtual().name("static-export-" + i).start(this::work));
      }
      for (Thread worker : workers) {
        try {
          worker.join();
        } catch (InterruptedException e) {
          failure.compareAndSet(null, new IllegalStateException("Interrupted while exporting", e));
          Thread.currentThread().interrupt();
          throw failure.get();
        }
      }
      if (failure.get() != null) {
        throw failure.get();
      }
    }

    private void enqueue(String address, String from) {
      if (address.contains("?") && StaticAddresses.file(address, true) == null) {
        return;
      }
      if (seen.add(address)) {
        outstanding.incrementAndGet();
        queue.add(new Link(address, from));
      }
    }

    private void work() {
      while (failure.get() == null && outstanding.get() > 0) {
        Link link;
        try {
          link = queue.poll(20, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failure.compareAndSet(null, new IllegalStateException("Interrupted", e));
          return;
        }
        if (link == null) {
          continue;
        }
        try {
          read(link);
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        } finally {
          outstanding.decrementAndGet();
        }
      }
    }

    /** Reads one address, writes its file, and queues the addresses it links to. */
    private void read(Link link) {
      String address = link.address();
      HttpResponse<byte[]> answer = get(address);
      int status = answer.statusCode();
      if (status == 301 || status == 302 || status == 307 || status == 308) {
        String location = answer.headers().firstValue("Location").orElse("");
        String target = addresses.local(location);
        redirects.put(address, target == null ? location : target);
        if (target != null) {
          linkedFrom.putIfAbsent(target, address);
          enqueue(target, address);
        }
        return;
      }
      if (status != 200) {
        missing.add(address + " (" + status + ", linked from " + link.from() + ")");
        return;
      }
      accept(address, answer.headers().firstValue("Content-Type").orElse(""), answer.body(), true);
    }

    /**
     * Writes the file of an answer and notes the addresses it links to (queued at once during the
     * crawl); the file written, or null for no file.
     *
     * @param crawling whether the answer was read over HTTP, during the crawl; drawn pages come
     *     before it
     */
    private Stored accept(String address, String type, byte[] body, boolean crawling) {
      boolean html = type.startsWith("text/html");
      String file = StaticAddresses.file(address, html);
      if (file == null) {
        return null;
      }
      Consumer<String> linked =
          next -> {
            // A lock-free look first: most links (navigation, bylines) are known already.
            if (!linkedFrom.containsKey(next)
                && linkedFrom.putIfAbsent(next, address) == null
                && crawling) {
              enqueue(next, address);
            }
          };
      byte[] kept = body;
      if (html) {
        kept = addresses.pageInCopy(body, searchUrl, crawling ? null : linksHanded(), linked);
      } else if (address.startsWith("/sitemap") || address.equals("/robots.txt")) {
        addresses.eachLink(address, type, new String(body, StandardCharsets.UTF_8), linked);
      }
      return new Stored(file, store(file, kept, type.startsWith("text/calendar")));
    }

    /**
     * The links this drawing thread has already handed over (their text as written), so that the
     * links every page has are looked up once per thread; emptied when large, which costs only
     * lookups again. Checking each link of each page against every address linked was a seventh of
     * drawing a page.
     */
    private LinkTexts linksHanded() {
      LinkTexts handed = handedByThread.get();
      if (handed.size() > 65_000 || handed.bytesHeld() > 4 << 20) {
        handed.clear();
      }
      return handed;
    }

    /** Drawn pages the copy holds. */
    int drawnKept() {
      return (int) drawn.values().stream().filter(d -> current.containsKey(d.file())).count();
    }

    /**
     * Leaves out of the copy the drawn pages no page links to: a drawer draws every listing there
     * is, the copy holds what readers can reach.
     */
    void leaveOutUnlinked() throws IOException {
      for (Map.Entry<String, Stored> page : drawn.entrySet()) {
        if (linkedFrom.containsKey(page.getKey())) {
          continue;
        }
        Stored stored = page.getValue();
        if (current.remove(stored.file()) == null) {
          continue;
        }
        (stored.written() ? written : unchanged).decrementAndGet();
        Files.deleteIfExists(dir.resolve(stored.file()));
      }
    }

    private HttpResponse<byte[]> get(String address) {
      try {
        return http.send(
            HttpRequest.newBuilder(URI.create(origin + address))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException("Reading " + address + ": " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while reading " + address, e);
      }
    }

    void notFoundPage() {
      HttpResponse<byte[]> answer = get("/.iskra-static-export-not-found");
      if (answer.statusCode() == 404
          && answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        store(
            NOT_FOUND,
            StaticAddresses.rewrite(new String(answer.body(), StandardCharsets.UTF_8), searchUrl)
                .getBytes(StandardCharsets.UTF_8));
      }
    }

    /**
     * Old addresses and renamed pages, in the {@code _redirects} format Netlify and others read.
     */
    void redirectsFile() {
      if (redirects.isEmpty()) {
        return;
      }
      StringBuilder lines = new StringBuilder();
      for (Map.Entry<String, String> redirect : new TreeMap<>(redirects).entrySet()) {
        String from = redirect.getKey();
        if (from.contains("?")) {
          // Netlify matches a query as "from key=value"; other hosts ignore the extra field.
          int mark = from.indexOf('?');
          from = from.substring(0, mark) + " " + from.substring(mark + 1).replace("&", " ");
        }
        lines.append(from).append(' ').append(redirect.getValue()).append(" 301\n");
      }
      store(REDIRECTS, lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    private boolean store(String file, byte[] body) {
      return store(file, body, false);
    }

    /**
     * Writes a file unless the copy already holds the same content.
     *
     * @param calendar an iCalendar file, whose {@code DTSTAMP} lines say when it was read, not what
     *     changed: they do not count, so that an unchanged event is not rewritten on every run
     * @return whether the file was written (false: the copy held it already, or another address
     *     wrote it in this run)
     */
    private boolean store(String file, byte[] body, boolean calendar) {
      String hash =
          calendar
              ? sha256(
                  DTSTAMP
                      .matcher(new String(body, StandardCharsets.UTF_8))
                      .replaceAll("")
                      .getBytes(StandardCharsets.UTF_8))
              : sha256(body);
      if (current.putIfAbsent(file, hash) != null) {
        // Two addresses, one file (a page reached under two spellings): the first one stays.
        return false;
      }
      Path target = dir.resolve(file);
      try {
        if (previousHolds
            && hash.equals(previous.get(file))
            && Files.isRegularFile(target)
            && (calendar || Files.size(target) == body.length)) {
          unchanged.incrementAndGet();
          return false;
        }
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
          writing.write(partial, body);
          Files.move(
              partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          // A full disk, say: the copy's file stays as it was, and no piece is left beside it.
          try {
            Files.deleteIfExists(partial);
          } catch (IOException cleanup) {
            e.addSuppressed(cleanup);
          }
          throw e;
        }
        written.incrementAndGet();
        return true;
      } catch (IOException e) {
        throw cannotWrite(target, e);
      }
    }

    int deleteVanished() throws IOException {
      int deleted = 0;
      Path root = dir.toAbsolutePath().normalize();
      for (String file : previous.keySet()) {
        if (current.containsKey(file)) {
          continue;
        }
        Path target = root.resolve(file).normalize();
        if (!target.startsWith(root) || !Files.deleteIfExists(target)) {
          continue;
        }
        deleted++;
        for (Path parent = target.getParent();
            parent != null && !parent.equals(root) && isEmpty(parent);
            parent = parent.getParent()) {
          Files.delete(parent);
        }
      }
      return deleted;
    }

    private static boolean isEmpty(Path directory) throws IOException {
      try (var entries = Files.list(directory)) {
        return entries.findAny().isEmpty();
      }
    }

    void writeManifest() throws IOException {
      Path manifest = dir.resolve(MANIFEST);
      Path partial = dir.resolve(MANIFEST + ".partial");
      try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        for (Map.Entry<String, String> entry : new TreeMap<>(current).entrySet()) {
          out.write(entry.getKey() + "\t" + entry.getValue() + "\n");
        }
      }
      Files.move(
          partial, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.deleteIfExists(dir.resolve(UNFINISHED));
    }

    /**
     * After a failure: the manifest is kept as the list of the last finished run's files (so that
     * the next run deletes those whose address is gone), under a name that says its hashes may no
     * longer hold, when this run replaced any file. Renaming needs no free space.
     */
    void leaveUnfinished(RuntimeException failure) {
      try {
        Files.deleteIfExists(dir.resolve(MANIFEST + ".partial"));
        Path manifest = dir.resolve(MANIFEST);
        if (written.get() > 0 && Files.isRegularFile(manifest)) {
          Files.move(
              manifest,
              dir.resolve(UNFINISHED),
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  /**
   * One write call per file: {@code Files.write} hands a page over in 8 KB pieces, and a file
   * channel copies it into a new direct buffer whenever a page is larger than the last.
   */
  private static void writeWhole(Path file, byte[] body) throws IOException {
    try (OutputStream out = new FileOutputStream(file.toFile())) {
      out.write(body);
    }
  }

  private static Map<String, String> readManifest(Path manifest) throws IOException {
    Map<String, String> hashes = new HashMap<>();
    if (!Files.isRegularFile(manifest)) {
      return hashes;
    }
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        hashes.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return hashes;
  }

  /** One digest per thread: looking the algorithm up for every file cost more than a small page. */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  private static String sha256(byte[] body) {
    return HexFormat.of().formatHex(SHA_256.get().digest(body)); // digest() resets it
  }
}
