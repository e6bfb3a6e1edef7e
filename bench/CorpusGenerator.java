// Generates a deterministic corpus of published news articles for benchmarks.
//
//   java -cp "$CP" bench/CorpusGenerator.java --db JDBC_URL --articles N [--seed 42]
//        [--migrations DIR]
//
// $CP is the project's runtime classpath plus target/classes (bench/generate-corpus.sh builds it).
// Run from the project root: migrations are read from src/main/resources/db/migration/sqlite (or
// .../postgresql for a jdbc:postgresql: URL) unless --migrations names the folder. The database is
// migrated first (Flyway), so a brand-new data directory is fine; a store that already holds
// articles or taxonomy is refused (exit 1). The same seed and article count give the same rows.
// Formatted with google-java-format, like src/.

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.iskra.slug.Slug;

public class CorpusGenerator {

  static final long END = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
  static final long START = Instant.parse("2016-11-01T00:00:00Z").toEpochMilli();
  static final int BATCH_ROWS = 1_000;
  static final int ARTICLES_PER_TRANSACTION = 5_000;
  static final int AUTHORS = 200;
  static final int TAGS = 300;

  // ---------------------------------------------------------------------------------------------
  // Entry point

  public static void main(String[] args) {
    quietLogging();
    try {
      Options options = Options.parse(args);
      new CorpusGenerator(options).run();
    } catch (UsageError e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(
          "usage: java -cp CLASSPATH bench/CorpusGenerator.java --db JDBC_URL --articles N [--seed"
              + " 42] [--migrations DIR]");
      System.exit(2);
    } catch (Refused e) {
      System.err.println("refused: " + e.getMessage());
      System.exit(1);
    } catch (Exception e) {
      System.err.println("failed: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  /**
   * Logback (on the classpath through Spring Boot) logs everything at DEBUG unless told otherwise.
   */
  static void quietLogging() {
    try {
      Object root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      if (root instanceof ch.qos.logback.classic.Logger logback) {
        logback.setLevel(ch.qos.logback.classic.Level.WARN);
      }
    } catch (Throwable ignored) {
      // No logback: whatever the logger does is fine.
    }
  }

  record Options(String url, int articles, long seed, Path migrations) {
    static Options parse(String[] args) {
      String url = null;
      Integer articles = null;
      long seed = 42;
      Path migrations = null;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (i + 1 >= args.length) {
          throw new UsageError(
              arg.startsWith("--") ? arg + " needs a value" : "unexpected argument " + arg);
        }
        String value = args[++i];
        switch (arg) {
          case "--db" -> url = value;
          case "--articles" -> {
            try {
              articles = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              throw new UsageError("--articles must be a whole number, not '" + value + "'");
            }
            if (articles < 1) {
              throw new UsageError("--articles must be at least 1");
            }
          }
          case "--seed" -> {
            try {
              seed = Long.parseLong(value);
            } catch (NumberFormatException e) {
              throw new UsageError("--seed must be a whole number, not '" + value + "'");
            }
          }
          case "--migrations" -> migrations = Path.of(value);
          default -> throw new UsageError("unknown option " + arg);
        }
      }
      if (url == null) {
        throw new UsageError("--db is required (jdbc:sqlite:FILE or jdbc:postgresql://…)");
      }
      if (articles == null) {
        throw new UsageError("--articles is required");
      }
      if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
        throw new UsageError("--db must be a jdbc:sqlite: or jdbc:postgresql: URL, not " + url);
      }
      return new Options(url, articles, seed, migrations);
    }
  }

  static final class UsageError extends RuntimeException {
    UsageError(String message) {
      super(message);
    }
  }

  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The run

  private final Options options;
  private final boolean postgres;
  private final SplittableRandom rnd;
  private final Text text;

  CorpusGenerator(Options options) {
    this.options = options;
    this.postgres = options.url().startsWith("jdbc:postgresql:");
    this.rnd = new SplittableRandom(options.seed());
    this.text = new Text(rnd);
  }

  void run() throws SQLException, java.io.IOException {
    long started = System.nanoTime();
    String url = options.url();
    if (!postgres) {
      url = sqliteUrl(url);
    }
    Path migrations =
        options.migrations() != null
            ? options.migrations()
            : Path.of("src/main/resources/db/migration", postgres ? "postgresql" : "sqlite");
    if (!Files.isDirectory(migrations)) {
      throw new UsageError(
          "no migrations at "
              + migrations.toAbsolutePath()
              + " (run from the project root or pass --migrations)");
    }

    System.out.printf(Locale.ROOT, "Migrating %s with %s%n", url, migrations);
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("filesystem:" + migrations.toAbsolutePath())
        .load()
        .migrate();

    try (Connection db = DriverManager.getConnection(url)) {
      refuseIfNotEmpty(db);
      db.setAutoCommit(false);
      System.out.printf(
          Locale.ROOT, "Generating %,d articles (seed %d)%n", options.articles(), options.seed());
      insertPublication(db);
      List<SectionDef> sections = insertSections(db);
      List<String> authorNames = insertAuthors(db);
      List<String> tagNames = insertTags(db);
      db.commit();
      insertArticles(db, sections, authorNames.size(), tagNames.size(), started);
      if (postgres) {
        resetIdentities(db);
        db.commit();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Done: %,d articles, %d sections, %d authors, %d tags in %.1f s%n",
        options.articles(),
        Text.SECTIONS.size(),
        AUTHORS,
        TAGS,
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * WAL and foreign keys unless the URL already says how to open the file; creates the directory.
   */
  static String sqliteUrl(String url) throws java.io.IOException {
    String file = url.substring("jdbc:sqlite:".length());
    int query = file.indexOf('?');
    String path = query >= 0 ? file.substring(0, query) : file;
    if (!path.isEmpty() && !path.startsWith(":memory:") && !path.startsWith("file:")) {
      Path parent = Path.of(path).toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    }
    return query >= 0 ? url : url + "?journal_mode=WAL&foreign_keys=true";
  }

  void refuseIfNotEmpty(Connection db) throws SQLException {
    long articles = count(db, "articles");
    if (articles > 0) {
      throw new Refused(
          "the articles table already holds "
              + articles
              + " rows; the generator only fills an empty store (use a new data directory)");
    }
    for (String table : List.of("sections", "authors", "tags")) {
      long rows = count(db, table);
      if (rows > 0) {
        throw new Refused(
            "the "
                + table
                + " table already holds "
                + rows
                + " rows; use a new, empty data directory");
      }
    }
  }

  static long count(Connection db, String table) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  String insertInto(String table, String columns) {
    int n = columns.split(",").length;
    return "INSERT INTO "
        + table
        + " ("
        + columns
        + ")"
        + (postgres ? " OVERRIDING SYSTEM VALUE" : "")
        + " VALUES ("
        + "?, ".repeat(n - 1)
        + "?)";
  }

  void insertPublication(Connection db) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement("INSERT INTO publication_settings (name, value) VALUES (?, ?)")) {
      st.setString(1, "name");
      st.setString(2, "Iskra Bench Gazette");
      st.executeUpdate();
    }
  }

  List<SectionDef> insertSections(Connection db) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(insertInto("sections", "id, slug, name, description, position"))) {
      for (int i = 0; i < Text.SECTIONS.size(); i++) {
        SectionDef s = Text.SECTIONS.get(i);
        st.setLong(1, i + 1);
        st.setString(2, s.slug());
        st.setString(3, s.name());
        st.setString(4, s.description());
        st.setInt(5, i);
        st.addBatch();
      }
      st.executeBatch();
    }
    return Text.SECTIONS;
  }

  List<String> insertAuthors(Connection db) throws SQLException {
    List<String> names = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    while (names.size() < AUTHORS) {
      String name = text.pick(Text.FIRST_NAMES) + " " + text.pick(Text.LAST_NAMES);
      if (slugs.add(Slug.from(name))) {
        names.add(name);
      }
    }
    try (PreparedStatement st = db.prepareStatement(insertInto("authors", "id, slug, name, bio"))) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        st.setLong(1, i + 1);
        st.setString(2, Slug.from(name));
        st.setString(3, name);
        st.setString(4, text.bio(name));
        st.addBatch();
      }
      st.executeBatch();
    }
    return names;
  }

  List<String> insertTags(Connection db) throws SQLException {
    Map<String, String> bySlug = new LinkedHashMap<>();
    for (String tag : Text.TOPIC_TAGS) {
      bySlug.putIfAbsent(Slug.from(tag), tag);
    }
    for (Place place : Text.PLACES) {
      for (String city : place.cities()) {
        bySlug.putIfAbsent(Slug.from(city), city);
      }
    }
    while (bySlug.size() < TAGS) {
      String tag = text.pick(Text.TOPIC_TAGS_SHORT) + " in " + text.pick(Text.REGION_NAMES);
      bySlug.putIfAbsent(Slug.from(tag), tag);
    }
    List<String> names = new ArrayList<>(bySlug.values()).subList(0, TAGS);
    List<String> slugs = new ArrayList<>(bySlug.keySet()).subList(0, TAGS);
    try (PreparedStatement st = db.prepareStatement(insertInto("tags", "id, slug, name"))) {
      for (int i = 0; i < names.size(); i++) {
        st.setLong(1, i + 1);
        st.setString(2, slugs.get(i));
        st.setString(3, names.get(i));
        st.addBatch();
      }
      st.executeBatch();
    }
    return names;
  }

  void insertArticles(Connection db, List<SectionDef> sections, int authors, int tags, long started)
      throws SQLException {
    int n = options.articles();
    Set<String> slugs = new HashSet<>(n * 2);
    double[] sectionWeights = sections.stream().mapToDouble(SectionDef::weight).toArray();
    try (Batch articles =
            new Batch(
                db,
                insertInto(
                    "articles",
                    "id, uid, language, slug, title, standfirst, body, status, section_id,"
                        + " translation_group, published_at, created_at, updated_at"),
                null);
        Batch bylines =
            new Batch(
                db, insertInto("article_authors", "article_id, author_id, position"), articles);
        Batch tagged =
            new Batch(db, insertInto("article_tags", "article_id, tag_id, position"), articles);
        Batch about =
            new Batch(
                db,
                insertInto("article_countries", "article_id, country_code, position"),
                articles)) {
      for (int id = 1; id <= n; id++) {
        int sectionIndex = text.weighted(sectionWeights);
        SectionDef section = sections.get(sectionIndex);
        Place place = text.placeFor(section);
        String title = text.title(section, place);
        String slug = uniqueSlug(Slug.from(title), slugs);
        String standfirst = rnd.nextInt(100) < 70 ? text.standfirst(section, place) : "";
        String body = text.body(section, place);
        String uid = new UUID(rnd.nextLong(), rnd.nextLong()).toString();
        long publishedAt = rnd.nextLong(START, END);

        articles.row(
            id,
            uid,
            "en",
            slug,
            title,
            standfirst,
            body,
            "published",
            sectionIndex + 1,
            uid,
            publishedAt,
            publishedAt,
            publishedAt);

        int authorCount = rnd.nextInt(100) < 80 ? 1 : 2;
        for (int position = 0, first = -1; position < authorCount; position++) {
          int author = text.skewed(authors);
          if (author == first) {
            author = (author + 1) % authors;
          }
          first = author;
          bylines.row(id, author + 1, position);
        }

        int tagCount = 1 + rnd.nextInt(4);
        Set<Integer> chosenTags = new HashSet<>();
        while (chosenTags.size() < tagCount) {
          int tag = text.skewed(tags);
          if (chosenTags.add(tag)) {
            tagged.row(id, tag + 1, chosenTags.size() - 1);
          }
        }

        int countryCount = rnd.nextInt(4);
        Set<String> codes = new HashSet<>();
        if (countryCount > 0 && place != null) {
          codes.add(place.code());
          about.row(id, place.code(), 0);
        }
        while (codes.size() < countryCount) {
          Place other = text.pick(Text.PLACES);
          if (codes.add(other.code())) {
            about.row(id, other.code(), codes.size() - 1);
          }
        }

        if (id % ARTICLES_PER_TRANSACTION == 0 || id == n) {
          articles.flush();
          bylines.flush();
          tagged.flush();
          about.flush();
          db.commit();
          System.out.printf(
              Locale.ROOT,
              "  %,9d / %,d articles  %6.1f s%n",
              id,
              n,
              (System.nanoTime() - started) / 1e9);
        }
      }
    }
  }

  /** The slug, or slug-2, slug-3… when taken, kept within {@link Slug#MAX_LENGTH}. */
  static String uniqueSlug(String base, Set<String> taken) {
    if (base.isEmpty()) {
      base = "article";
    }
    if (taken.add(base)) {
      return base;
    }
    for (int i = 2; ; i++) {
      String suffix = "-" + i;
      String stem = base;
      if (stem.length() + suffix.length() > Slug.MAX_LENGTH) {
        int cut = stem.lastIndexOf('-', Slug.MAX_LENGTH - suffix.length());
        stem = stem.substring(0, cut > 0 ? cut : Slug.MAX_LENGTH - suffix.length());
      }
      String candidate = stem + suffix;
      if (taken.add(candidate)) {
        return candidate;
      }
    }
  }

  /** Explicit ids leave PostgreSQL's identity sequences behind; move them past the highest id. */
  static void resetIdentities(Connection db) throws SQLException {
    try (Statement st = db.createStatement()) {
      for (String table : List.of("sections", "authors", "tags", "articles")) {
        st.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM "
                + table
                + "), false)");
      }
    }
  }

  /**
   * A prepared INSERT that executes every {@link #BATCH_ROWS} rows; link rows flush their parent
   * (the articles) first, so that foreign keys always find the article.
   */
  static final class Batch implements AutoCloseable {
    private final PreparedStatement statement;
    private final Batch parent;
    private int pending;

    Batch(Connection db, String sql, Batch parent) throws SQLException {
      this.statement = db.prepareStatement(sql);
      this.parent = parent;
    }

    void row(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v instanceof Integer n) {
          statement.setInt(i + 1, n);
        } else if (v instanceof Long n) {
          statement.setLong(i + 1, n);
        } else {
          statement.setString(i + 1, (String) v);
        }
      }
      statement.addBatch();
      if (++pending >= BATCH_ROWS) {
        flush();
      }
    }

    void flush() throws SQLException {
      if (parent != null) {
        parent.flush();
      }
      if (pending > 0) {
        statement.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      statement.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Vocabulary and text

  enum Kind {
    NEWS,
    HISTORY,
    THEORY,
    STATEMENT
  }

  record SectionDef(
      String slug, String name, String description, Kind kind, String region, double weight) {}

  record Place(String code, String country, String region, List<String> cities) {}

  static final class Text {

    static final List<SectionDef> SECTIONS =
        List.of(
            new SectionDef(
                "americas",
                "Americas",
                "News and analysis from North, Central and South America and the Caribbean.",
                Kind.NEWS,
                "Americas",
                18),
            new SectionDef(
                "europe",
                "Europe",
                "Strikes, elections and the politics of austerity across Europe.",
                Kind.NEWS,
                "Europe",
                17),
            new SectionDef(
                "africa",
                "Africa",
                "Reports from the workplaces, streets and parliaments of Africa.",
                Kind.NEWS,
                "Africa",
                12),
            new SectionDef(
                "asia",
                "Asia",
                "Labour and politics from South, East and South-East Asia.",
                Kind.NEWS,
                "Asia",
                14),
            new SectionDef(
                "middle-east",
                "Middle East",
                "War, occupation and resistance in the Middle East.",
                Kind.NEWS,
                "Middle East",
                10),
            new SectionDef(
                "history",
                "History",
                "The struggles of the past and what they teach.",
                Kind.HISTORY,
                null,
                12),
            new SectionDef(
                "theory",
                "Theory",
                "Political economy, strategy and the classics, read for today.",
                Kind.THEORY,
                null,
                8),
            new SectionDef(
                "statements",
                "Statements",
                "Declarations, appeals and messages of solidarity.",
                Kind.STATEMENT,
                null,
                9));

    static final List<Place> PLACES =
        List.of(
            place("AR", "Argentina", "Americas", "Buenos Aires", "Córdoba", "Rosario"),
            place("BR", "Brazil", "Americas", "São Paulo", "Rio de Janeiro", "Belo Horizonte"),
            place("CL", "Chile", "Americas", "Santiago", "Valparaíso", "Antofagasta"),
            place("PE", "Peru", "Americas", "Lima", "Arequipa", "Cusco"),
            place("BO", "Bolivia", "Americas", "La Paz", "El Alto", "Cochabamba"),
            place("CO", "Colombia", "Americas", "Bogotá", "Medellín", "Cali"),
            place("VE", "Venezuela", "Americas", "Caracas", "Maracaibo"),
            place("EC", "Ecuador", "Americas", "Quito", "Guayaquil"),
            place("MX", "Mexico", "Americas", "Mexico City", "Monterrey", "Oaxaca"),
            place(
                "US",
                "the United States",
                "Americas",
                "Chicago",
                "Detroit",
                "Los Angeles",
                "New York"),
            place("CA", "Canada", "Americas", "Toronto", "Montreal", "Vancouver"),
            place("CU", "Cuba", "Americas", "Havana", "Santiago de Cuba"),
            place("HT", "Haiti", "Americas", "Port-au-Prince", "Cap-Haïtien"),
            place("UY", "Uruguay", "Americas", "Montevideo"),
            place("GT", "Guatemala", "Americas", "Guatemala City", "Quetzaltenango"),
            place("GB", "Britain", "Europe", "London", "Liverpool", "Glasgow", "Manchester"),
            place("FR", "France", "Europe", "Paris", "Marseille", "Lyon"),
            place("DE", "Germany", "Europe", "Berlin", "Hamburg", "Munich"),
            place("IT", "Italy", "Europe", "Rome", "Turin", "Milan", "Naples"),
            place("ES", "Spain", "Europe", "Madrid", "Barcelona", "Bilbao"),
            place("PT", "Portugal", "Europe", "Lisbon", "Porto"),
            place("GR", "Greece", "Europe", "Athens", "Thessaloniki", "Piraeus"),
            place("PL", "Poland", "Europe", "Warsaw", "Gdańsk", "Łódź"),
            place("IE", "Ireland", "Europe", "Dublin", "Cork"),
            place("NL", "the Netherlands", "Europe", "Rotterdam", "Amsterdam"),
            place("BE", "Belgium", "Europe", "Brussels", "Antwerp", "Liège"),
            place("SE", "Sweden", "Europe", "Stockholm", "Gothenburg"),
            place("UA", "Ukraine", "Europe", "Kyiv", "Kharkiv", "Odesa"),
            place("RO", "Romania", "Europe", "Bucharest", "Cluj"),
            place("RS", "Serbia", "Europe", "Belgrade", "Novi Sad"),
            place("NG", "Nigeria", "Africa", "Lagos", "Abuja", "Kano", "Port Harcourt"),
            place("ZA", "South Africa", "Africa", "Johannesburg", "Durban", "Cape Town"),
            place("KE", "Kenya", "Africa", "Nairobi", "Mombasa"),
            place("GH", "Ghana", "Africa", "Accra", "Kumasi"),
            place("SN", "Senegal", "Africa", "Dakar"),
            place("MA", "Morocco", "Africa", "Casablanca", "Rabat"),
            place("DZ", "Algeria", "Africa", "Algiers", "Oran"),
            place("TN", "Tunisia", "Africa", "Tunis", "Sfax"),
            place("ET", "Ethiopia", "Africa", "Addis Ababa"),
            place("ZW", "Zimbabwe", "Africa", "Harare", "Bulawayo"),
            place("SD", "Sudan", "Africa", "Khartoum", "Port Sudan"),
            place("UG", "Uganda", "Africa", "Kampala"),
            place("TZ", "Tanzania", "Africa", "Dar es Salaam"),
            place("CD", "the Congo", "Africa", "Kinshasa", "Lubumbashi"),
            place("IN", "India", "Asia", "Mumbai", "Delhi", "Kolkata", "Chennai"),
            place("PK", "Pakistan", "Asia", "Karachi", "Lahore"),
            place("BD", "Bangladesh", "Asia", "Dhaka", "Chittagong"),
            place("LK", "Sri Lanka", "Asia", "Colombo"),
            place("CN", "China", "Asia", "Shanghai", "Shenzhen", "Guangzhou"),
            place("JP", "Japan", "Asia", "Tokyo", "Osaka"),
            place("KR", "South Korea", "Asia", "Seoul", "Ulsan", "Busan"),
            place("PH", "the Philippines", "Asia", "Manila", "Cebu"),
            place("ID", "Indonesia", "Asia", "Jakarta", "Surabaya"),
            place("MY", "Malaysia", "Asia", "Kuala Lumpur", "Penang"),
            place("TH", "Thailand", "Asia", "Bangkok"),
            place("VN", "Vietnam", "Asia", "Hanoi", "Ho Chi Minh City"),
            place("MM", "Myanmar", "Asia", "Yangon", "Mandalay"),
            place("NP", "Nepal", "Asia", "Kathmandu"),
            place("EG", "Egypt", "Middle East", "Cairo", "Alexandria", "Mahalla"),
            place("IR", "Iran", "Middle East", "Tehran", "Isfahan", "Tabriz"),
            place("IQ", "Iraq", "Middle East", "Baghdad", "Basra"),
            place("SY", "Syria", "Middle East", "Damascus", "Aleppo"),
            place("LB", "Lebanon", "Middle East", "Beirut", "Tripoli"),
            place("JO", "Jordan", "Middle East", "Amman"),
            place("PS", "Palestine", "Middle East", "Gaza", "Ramallah", "Jenin"),
            place("TR", "Turkey", "Middle East", "Istanbul", "Ankara", "Izmir"),
            place("YE", "Yemen", "Middle East", "Sanaa", "Aden"));

    static final List<String> REGION_NAMES =
        List.of("the Americas", "Europe", "Africa", "Asia", "the Middle East", "Latin America");

    static final List<String> GROUPS =
        List.of(
            "workers",
            "dockworkers",
            "teachers",
            "nurses",
            "miners",
            "rail workers",
            "farmworkers",
            "garment workers",
            "bus drivers",
            "students",
            "tenants",
            "delivery riders",
            "steelworkers",
            "health workers",
            "civil servants",
            "refinery workers",
            "textile workers",
            "fishermen",
            "postal workers",
            "airport staff",
            "cleaners",
            "autoworkers",
            "port workers",
            "construction workers",
            "pensioners",
            "small farmers",
            "doctors",
            "university lecturers",
            "call-centre workers",
            "warehouse workers",
            "oil workers",
            "sugar workers",
            "tea pickers",
            "sanitation workers",
            "journalists",
            "municipal workers",
            "electricity workers");

    static final List<String> INSTITUTIONS =
        List.of(
            "the government",
            "the finance ministry",
            "the central bank",
            "parliament",
            "the ruling coalition",
            "the opposition",
            "the employers' federation",
            "the union federation",
            "the strike committee",
            "the IMF",
            "the constitutional court",
            "the city council",
            "the labour ministry",
            "the interior ministry",
            "the army",
            "the prime minister",
            "the president",
            "the regional governor",
            "the electoral commission",
            "the port authority",
            "the mining company",
            "the state oil company",
            "the transport union",
            "the teachers' union",
            "the nurses' union",
            "the national assembly",
            "the senate",
            "the health ministry");

    static final List<String> VERBS_PAST =
        List.of(
            "called for",
            "rejected",
            "announced",
            "demanded",
            "approved",
            "denounced",
            "blocked",
            "postponed",
            "defended",
            "opposed",
            "proposed",
            "signed",
            "suspended",
            "condemned",
            "backed",
            "challenged",
            "pushed through",
            "abandoned",
            "renewed",
            "voted against");

    static final List<String> VERBS_PRESENT =
        List.of(
            "rejects",
            "announces",
            "demands",
            "approves",
            "denounces",
            "blocks",
            "postpones",
            "defends",
            "opposes",
            "proposes",
            "signs",
            "suspends",
            "condemns",
            "backs",
            "challenges",
            "pushes through",
            "abandons",
            "votes against");

    static final List<String> OBJECTS =
        List.of(
            "a general strike",
            "new austerity measures",
            "the privatisation of the railways",
            "cuts to public health spending",
            "a freeze on public-sector pay",
            "the new labour code",
            "an increase in fuel prices",
            "the pension reform",
            "a rent freeze",
            "the closure of the steel plant",
            "a loan agreement with the IMF",
            "emergency powers",
            "a ban on demonstrations",
            "collective bargaining rights",
            "a rise in the minimum wage",
            "the austerity budget",
            "a national day of action",
            "the release of detained organisers",
            "land reform",
            "the nationalisation of the mines",
            "a free trade agreement",
            "subsidies for bread and fuel",
            "the right to strike",
            "new anti-union laws",
            "the sale of the water utility",
            "a thirty-five-hour week",
            "safer working conditions",
            "the reinstatement of sacked workers",
            "higher taxes on the rich",
            "price controls",
            "a moratorium on the foreign debt",
            "a new electoral law",
            "the deportation of migrant workers",
            "a cut in school funding",
            "the closure of rural hospitals",
            "a wage increase in line with inflation",
            "the outsourcing of cleaning services",
            "a new mining concession",
            "the state of emergency",
            "the sale of public land to developers",
            "a curfew in the capital");

    /** What people march against. */
    static final List<String> MEASURES =
        List.of(
            "new austerity measures",
            "the privatisation of the railways",
            "cuts to public health spending",
            "a freeze on public-sector pay",
            "the new labour code",
            "an increase in fuel prices",
            "the pension reform",
            "the closure of the steel plant",
            "the loan agreement with the IMF",
            "emergency powers",
            "the ban on demonstrations",
            "the austerity budget",
            "new anti-union laws",
            "the sale of the water utility",
            "the deportation of migrant workers",
            "a cut in school funding",
            "the closure of rural hospitals",
            "the outsourcing of cleaning services",
            "the state of emergency",
            "the sale of public land to developers",
            "the curfew in the capital",
            "mass dismissals",
            "rising bread prices",
            "evictions",
            "police violence",
            "the war");

    static final List<String> ISSUES =
        List.of(
            "unpaid wages",
            "pay",
            "pensions",
            "job cuts",
            "working hours",
            "safety",
            "rising rents",
            "fuel prices",
            "school closures",
            "privatisation",
            "the cost of living",
            "sackings",
            "union recognition",
            "contract work",
            "heat in the workplace",
            "delayed salaries",
            "hospital cuts",
            "bread prices",
            "water shortages",
            "power cuts");

    static final List<String> ACTIONS_PAST =
        List.of(
            "walked out",
            "marched",
            "went on strike",
            "blocked the main roads",
            "occupied the factory",
            "rallied outside parliament",
            "gathered in the central square",
            "shut down the port",
            "held a mass meeting",
            "stopped work for 24 hours",
            "picketed the ministry",
            "formed a strike committee");

    static final List<String> ACTIONS_PRESENT =
        List.of(
            "walk out",
            "march",
            "strike",
            "block the main roads",
            "occupy the factory",
            "rally outside parliament",
            "shut down the port",
            "stop work",
            "picket the ministry",
            "stage a sit-in");

    static final List<String> WORKPLACES =
        List.of(
            "the port",
            "the state railway",
            "the car plant",
            "the copper mine",
            "the oil refinery",
            "the central hospital",
            "the textile factory",
            "the steelworks",
            "the container terminal",
            "the university",
            "the cement works",
            "the bus depot",
            "the airport",
            "the power station",
            "the sugar mill",
            "the garment factories",
            "the call centre",
            "the distribution warehouse");

    static final List<String> WEEKDAYS =
        List.of(
            "on Monday",
            "on Tuesday",
            "on Wednesday",
            "on Thursday",
            "on Friday",
            "on Saturday",
            "on Sunday",
            "last week",
            "this week",
            "overnight",
            "at the weekend",
            "earlier this month");

    static final List<String> ATTRIBUTIONS =
        List.of(
            "according to union officials",
            "local reporters said",
            "according to official figures",
            "the organisers said",
            "witnesses told our correspondent",
            "according to the ministry",
            "the strike committee reported",
            "local newspapers reported",
            "activists said",
            "according to the national statistics office");

    static final List<String> CROWDS =
        List.of(
            "thousands of",
            "tens of thousands of",
            "hundreds of",
            "more than 2,000",
            "some 40,000",
            "at least 15,000",
            "several hundred",
            "around 8,000",
            "nearly 100,000",
            "dozens of");

    static final List<String> QUOTES =
        List.of(
            "We will not pay for their crisis",
            "This is only the beginning",
            "They have money for banks but not for hospitals",
            "Our patience has run out",
            "We produce the wealth of this country",
            "Nobody asked us",
            "We are not asking for charity, we are asking for what we are owed",
            "If they close the plant, the whole town dies",
            "We have nothing left to lose",
            "The law was written for the employers",
            "Every shift we risk our lives",
            "The union has to fight or it will lose its members",
            "Prices go up every week and wages never do");

    static final List<String> ROLES =
        List.of(
            "shop steward",
            "nurse",
            "teacher",
            "docker",
            "miner",
            "student organiser",
            "retired railway worker",
            "union delegate",
            "tenant organiser",
            "bus driver",
            "garment worker",
            "member of the strike committee");

    static final List<String> ECONOMY_NOUNS =
        List.of(
            "Food prices",
            "Rents",
            "Real wages",
            "Unemployment",
            "The public debt",
            "Fuel prices",
            "Industrial output",
            "The currency",
            "Exports",
            "Youth unemployment",
            "Bank profits",
            "The budget deficit",
            "Electricity bills",
            "Inflation");

    static final List<String> ECONOMY_MOVES =
        List.of("rose", "fell", "jumped", "climbed", "dropped", "increased", "slumped");

    static final List<String> PERIODS =
        List.of(
            "the first quarter",
            "the past year",
            "the last six months",
            "the second quarter",
            "the year to September",
            "the past decade",
            "the last three years",
            "January alone");

    static final List<String> GOALS =
        List.of(
            "restore investor confidence",
            "reduce the deficit",
            "meet the conditions of the IMF loan",
            "protect jobs",
            "attract foreign investment",
            "keep inflation under control",
            "modernise the economy",
            "guarantee public order",
            "save the pension system");

    static final List<String> OBSERVATIONS =
        List.of(
            "profits at the largest companies reached record levels last year",
            "the same measures failed when they were tried in the 1990s",
            "the richest tenth of the population pays almost no income tax",
            "the cuts fall hardest on women and the young",
            "most new jobs are temporary and badly paid",
            "the country spends more on debt interest than on health and education combined",
            "the promised investment never arrived",
            "wages have lagged behind prices for more than a decade",
            "half of the workforce has no written contract",
            "the ministers responsible sit on the boards of the companies that stand to gain");

    static final List<String> THREATS =
        List.of(
            "call a general strike",
            "escalate the action",
            "occupy the workplaces",
            "take the dispute to the courts",
            "extend the strike to other sectors",
            "return to the streets",
            "organise a national march",
            "ballot for indefinite action");

    static final List<String> CONDITIONS =
        List.of(
            "the government did not withdraw the bill",
            "the dismissals went ahead",
            "talks broke down again",
            "the wage offer was not improved",
            "the arrested organisers were not released",
            "the employers refused to negotiate",
            "the budget was passed unchanged");

    static final List<String> TITLE_OUTCOMES =
        List.of(
            "as talks collapse",
            "after months of unpaid wages",
            "despite threats of dismissal",
            "as prices keep rising",
            "in defiance of a court ban",
            "for the third week running",
            "as the government digs in",
            "after a deadly accident",
            "as inflation bites",
            "ahead of the budget vote");

    static final List<Event> EVENTS =
        List.of(
            new Event("the Paris Commune", 1871, "Paris"),
            new Event("the Russian Revolution", 1917, "Petrograd"),
            new Event("the Shanghai general strike", 1927, "Shanghai"),
            new Event("the Winnipeg general strike", 1919, "Winnipeg"),
            new Event("the Haitian Revolution", 1791, "Saint-Domingue"),
            new Event("the Mexican Revolution", 1910, "Mexico City"),
            new Event("the Spanish Revolution", 1936, "Barcelona"),
            new Event("the British general strike", 1926, "London"),
            new Event("the Hungarian uprising", 1956, "Budapest"),
            new Event("May 1968", 1968, "Paris"),
            new Event("the Cordobazo", 1969, "Córdoba"),
            new Event("the Carnation Revolution", 1974, "Lisbon"),
            new Event("the Iranian Revolution", 1979, "Tehran"),
            new Event("the Soweto uprising", 1976, "Soweto"),
            new Event("the Gdańsk shipyard strike", 1980, "Gdańsk"),
            new Event("the Bolivian revolution", 1952, "La Paz"),
            new Event("the Algerian war of independence", 1954, "Algiers"),
            new Event("the Cuban Revolution", 1959, "Havana"),
            new Event("the Chilean cordones industriales", 1972, "Santiago"),
            new Event("the Tunisian revolution", 2011, "Tunis"),
            new Event("the Egyptian revolution", 2011, "Cairo"),
            new Event("the Sudanese revolution", 2019, "Khartoum"),
            new Event("the Chartist petition", 1848, "London"),
            new Event("the Haymarket affair", 1886, "Chicago"),
            new Event("the Flint sit-down strike", 1936, "Flint"),
            new Event("the Great Railroad Strike", 1877, "Baltimore"),
            new Event("the Turin factory councils", 1920, "Turin"),
            new Event("the German revolution", 1918, "Berlin"),
            new Event("the Bengal famine", 1943, "Calcutta"),
            new Event("the Mau Mau uprising", 1952, "Nairobi"));

    static final List<String> HISTORY_LESSONS =
        List.of(
            "lessons for today",
            "what the textbooks leave out",
            "a forgotten chapter",
            "the women who led it",
            "why it was defeated",
            "how it was organised",
            "the view from below",
            "myths and realities",
            "the workers' own account",
            "what the archives reveal");

    static final List<String> THINKERS =
        List.of(
            "Marx",
            "Engels",
            "Rosa Luxemburg",
            "Lenin",
            "Trotsky",
            "Gramsci",
            "C. L. R. James",
            "Amílcar Cabral",
            "Frantz Fanon",
            "José Carlos Mariátegui",
            "Walter Rodney",
            "Alexandra Kollontai",
            "Clara Zetkin",
            "Victor Serge",
            "James Connolly",
            "Ernest Mandel");

    static final List<String> CONCEPTS =
        List.of(
            "the state",
            "the party",
            "the mass strike",
            "democracy",
            "imperialism",
            "the national question",
            "the united front",
            "the labour aristocracy",
            "permanent revolution",
            "the falling rate of profit",
            "the agrarian question",
            "bureaucracy",
            "reform and revolution",
            "the general strike",
            "uneven and combined development",
            "the workers' council",
            "the commodity",
            "ideology",
            "colonialism",
            "women's liberation");

    static final List<String> THEORY_SUBTITLES =
        List.of(
            "a reply to the critics",
            "notes for a new generation",
            "why it still matters",
            "a reading for our time",
            "from theory to practice",
            "an introduction",
            "against the misreadings",
            "the argument restated",
            "what was new in it");

    static final List<String> THEORY_CLAIMS =
        List.of(
            "was never a matter of doctrine alone but a guide to action",
            "cannot be understood apart from the world market",
            "has to be rediscovered by every generation in its own struggles",
            "was misrepresented by friends and enemies alike",
            "grew out of the defeats as much as out of the victories",
            "only makes sense when it is tested against events",
            "was an answer to concrete problems of organisation");

    static final List<String> STATEMENT_ACTIONS =
        List.of(
            "send messages of solidarity",
            "raise the issue in their unions",
            "join the protests on Saturday",
            "contribute to the strike fund",
            "refuse to handle the cargo",
            "demand the release of the prisoners",
            "organise meetings in their workplaces",
            "boycott the companies involved");

    static final List<String> FIRST_NAMES =
        List.of(
            "Ana",
            "Pascal",
            "María",
            "Kwame",
            "Aisha",
            "Jorge",
            "Leila",
            "Tomás",
            "Nadia",
            "Sipho",
            "Mei",
            "Rahul",
            "Olga",
            "Femi",
            "Lucía",
            "Yusuf",
            "Hannah",
            "Diego",
            "Amina",
            "Pierre",
            "Chiara",
            "Kenji",
            "Fatima",
            "Ivan",
            "Zanele",
            "Carlos",
            "Sofía",
            "Ahmed",
            "Grace",
            "Mateo",
            "Priya",
            "Samir",
            "Elena",
            "Joseph",
            "Thandiwe",
            "Luis",
            "Yasmin",
            "Marek",
            "Adriana",
            "Omar",
            "Rosa",
            "Daniel",
            "Nkechi",
            "Hugo",
            "Irina",
            "Tariq",
            "Beatriz",
            "Kofi",
            "Ines",
            "Ravi");

    static final List<String> LAST_NAMES =
        List.of(
            "Cueto",
            "Mensah",
            "García",
            "Okafor",
            "Haddad",
            "Silva",
            "Nkosi",
            "Chen",
            "Sharma",
            "Petrova",
            "Adeyemi",
            "Fernández",
            "Khalil",
            "Müller",
            "Rossi",
            "Tanaka",
            "Rahman",
            "Kowalski",
            "Dlamini",
            "Morales",
            "Santos",
            "Ibrahim",
            "Nguyen",
            "O'Brien",
            "Popescu",
            "Mendoza",
            "Abebe",
            "Costa",
            "Yilmaz",
            "Kumar",
            "Dubois",
            "Ortega",
            "Mwangi",
            "Herrera",
            "Novak",
            "Castillo",
            "Osei",
            "Farah",
            "Lindqvist",
            "Reyes",
            "Banerjee",
            "Moreau",
            "Jovanović",
            "Quispe",
            "Hassan",
            "Park",
            "Lopes",
            "Ferreira",
            "Aziz",
            "Walsh");

    static final List<String> BIO_TOPICS =
        List.of(
            "labour and trade unions",
            "politics and elections",
            "the economy",
            "history",
            "housing",
            "migration",
            "the energy industry",
            "education",
            "health",
            "land and agriculture",
            "theory");

    static final List<String> TOPIC_TAGS =
        List.of(
            "Strikes",
            "Trade unions",
            "General strike",
            "Wages",
            "Inflation",
            "Austerity",
            "Pensions",
            "Housing",
            "Rent",
            "Evictions",
            "Healthcare",
            "Education",
            "Privatisation",
            "Nationalisation",
            "Public sector",
            "Minimum wage",
            "Debt",
            "IMF",
            "World Bank",
            "Sanctions",
            "War",
            "Imperialism",
            "Elections",
            "Parliament",
            "Constitution",
            "Repression",
            "Police",
            "Migration",
            "Refugees",
            "Climate",
            "Energy",
            "Oil",
            "Mining",
            "Agriculture",
            "Land reform",
            "Food prices",
            "Fuel prices",
            "Women's rights",
            "Youth",
            "Students",
            "Racism",
            "Indigenous peoples",
            "Dockworkers",
            "Railways",
            "Transport",
            "Platform work",
            "Manufacturing",
            "Car industry",
            "Steel",
            "Textiles",
            "Garment industry",
            "Public health",
            "Water",
            "Electricity",
            "Banking",
            "Financial crisis",
            "Recession",
            "Unemployment",
            "Informal economy",
            "Cost of living",
            "Budget",
            "Taxation",
            "Free trade",
            "Occupation",
            "Coups",
            "Military",
            "Prisons",
            "Free speech",
            "Press freedom",
            "Teachers",
            "Nurses",
            "Miners",
            "Farmworkers",
            "Health and safety",
            "Collective bargaining",
            "Russian Revolution",
            "Paris Commune",
            "Spanish Civil War",
            "Haitian Revolution",
            "Mexican Revolution",
            "Chinese Revolution",
            "Cuban Revolution",
            "Decolonisation",
            "Cold War",
            "First World War",
            "Second World War",
            "Great Depression",
            "May 1968",
            "Chartism",
            "Carnation Revolution",
            "Iranian Revolution",
            "Apartheid",
            "Civil rights",
            "Labour history",
            "Soviet Union",
            "Stalinism",
            "Fascism",
            "Anti-fascism",
            "Popular fronts",
            "Arab Spring",
            "Marxism",
            "Political economy",
            "The state",
            "Dialectics",
            "Historical materialism",
            "Permanent revolution",
            "United front",
            "National question",
            "Union bureaucracy",
            "Reformism",
            "Socialism",
            "Class struggle",
            "Value theory",
            "Rate of profit",
            "Crisis theory",
            "Internationalism",
            "Feminism",
            "Ecology",
            "Solidarity",
            "Obituaries");

    static final List<String> TOPIC_TAGS_SHORT = TOPIC_TAGS.subList(0, 75);

    record Event(String name, int year, String city) {}

    private final SplittableRandom rnd;

    Text(SplittableRandom rnd) {
      this.rnd = rnd;
    }

    static Place place(String code, String country, String region, String... cities) {
      return new Place(code, country, region, List.of(cities));
    }

    <T> T pick(List<T> items) {
      return items.get(rnd.nextInt(items.size()));
    }

    /**
     * An index in [0, n), the low ones far more often (a few prolific authors, a few big topics).
     */
    int skewed(int n) {
      double u = rnd.nextDouble();
      return Math.min(n - 1, (int) (n * u * u * u));
    }

    int weighted(double[] weights) {
      double total = 0;
      for (double w : weights) {
        total += w;
      }
      double x = rnd.nextDouble() * total;
      for (int i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) {
          return i;
        }
      }
      return weights.length - 1;
    }

    /** A place in the section's region, or anywhere for history, theory and statements. */
    Place placeFor(SectionDef section) {
      if (section.region() == null) {
        return pick(PLACES);
      }
      while (true) {
        Place p = pick(PLACES);
        if (p.region().equals(section.region())) {
          return p;
        }
      }
    }

    String bio(String name) {
      Place p = pick(PLACES);
      return name + " writes on " + pick(BIO_TOPICS) + " from " + pick(p.cities()) + ".";
    }

    String title(SectionDef section, Place place) {
      for (int attempt = 0; ; attempt++) {
        String t = capitalise(rawTitle(section.kind(), place));
        int words = t.split("\\s+").length;
        if ((words >= 5 && words <= 14) || attempt > 20) {
          return t;
        }
      }
    }

    private String rawTitle(Kind kind, Place place) {
      String city = pick(place.cities());
      return switch (kind) {
        case NEWS ->
            switch (rnd.nextInt(7)) {
              case 0 -> pick(GROUPS) + " in " + city + " strike over " + pick(ISSUES);
              case 1 ->
                  countryName(place)
                      + ": "
                      + pick(INSTITUTIONS).replaceFirst("^the ", "")
                      + " "
                      + pick(VERBS_PRESENT)
                      + " "
                      + pick(OBJECTS);
              case 2 ->
                  capitalise(pick(CROWDS))
                      + " "
                      + pick(GROUPS)
                      + " march in "
                      + city
                      + " against "
                      + pick(MEASURES);
              case 3 ->
                  pick(GROUPS)
                      + " in "
                      + city
                      + " "
                      + pick(ACTIONS_PRESENT)
                      + " "
                      + pick(TITLE_OUTCOMES);
              case 4 -> "Why " + pick(MEASURES) + " will not solve the crisis in " + city;
              case 5 ->
                  "Strike at "
                      + pick(WORKPLACES).replaceFirst("^the ", "")
                      + " in "
                      + city
                      + " enters "
                      + pick(List.of("second", "third", "fourth", "sixth", "tenth"))
                      + " week";
              default ->
                  pick(ECONOMY_NOUNS)
                      + (rnd.nextInt(3) == 0 ? " down " : " up ")
                      + (3 + rnd.nextInt(40))
                      + " per cent in "
                      + place.country()
                      + " "
                      + pick(TITLE_OUTCOMES);
            };
        case HISTORY -> {
          Event e = pick(EVENTS);
          yield switch (rnd.nextInt(6)) {
            case 0 -> e.name() + " of " + e.year() + ": " + pick(HISTORY_LESSONS);
            case 1, 2 -> pick(GROUPS) + " and " + e.name() + ": " + pick(HISTORY_LESSONS);
            case 3 -> "How " + pick(GROUPS) + " in " + e.city() + " made " + e.name();
            case 4 -> pick(THINKERS) + " and " + e.name() + ": " + pick(HISTORY_LESSONS);
            default ->
                "The "
                    + pick(GROUPS)
                    + " of "
                    + e.city()
                    + ", "
                    + e.year()
                    + ": "
                    + pick(HISTORY_LESSONS);
          };
        }
        case THEORY ->
            switch (rnd.nextInt(3)) {
              case 0 -> pick(THINKERS) + " on " + pick(CONCEPTS) + ": " + pick(THEORY_SUBTITLES);
              case 1 ->
                  "What "
                      + pick(THINKERS)
                      + " can teach "
                      + pick(GROUPS)
                      + " about "
                      + pick(CONCEPTS);
              default ->
                  "Notes on "
                      + pick(CONCEPTS)
                      + " and "
                      + pick(CONCEPTS)
                      + " in "
                      + place.country();
            };
        case STATEMENT ->
            switch (rnd.nextInt(4)) {
              case 0 -> "Statement on " + pick(OBJECTS) + " in " + place.country();
              case 1 -> "Solidarity with the striking " + pick(GROUPS) + " of " + city;
              case 2 -> "No to " + pick(MEASURES) + " in " + place.country();
              default -> "Free the detained " + pick(GROUPS) + " of " + city + " now";
            };
      };
    }

    private static String countryName(Place place) {
      return capitalise(place.country().replaceFirst("^the ", "The "));
    }

    String standfirst(SectionDef section, Place place) {
      int sentences = 1 + rnd.nextInt(3);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < sentences; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(sentence(section.kind(), place));
      }
      return sb.toString();
    }

    String body(SectionDef section, Place place) {
      int paragraphs = 4 + rnd.nextInt(9);
      StringBuilder sb = new StringBuilder(paragraphs * 500);
      for (int p = 0; p < paragraphs; p++) {
        sb.append("<p>");
        int sentences = 2 + rnd.nextInt(4);
        for (int s = 0; s < sentences; s++) {
          if (s > 0) {
            sb.append(' ');
          }
          sb.append(sentence(section.kind(), place));
        }
        sb.append("</p>\n");
      }
      return sb.toString();
    }

    String sentence(Kind kind, Place place) {
      int pick = rnd.nextInt(100);
      String s =
          switch (kind) {
            case NEWS -> newsSentence(place);
            case HISTORY -> pick < 55 ? historySentence(place) : newsSentence(place);
            case THEORY ->
                pick < 60
                    ? theorySentence(place)
                    : pick < 80 ? historySentence(place) : newsSentence(place);
            case STATEMENT -> pick < 55 ? statementSentence(place) : newsSentence(place);
          };
      return capitalise(s);
    }

    private String newsSentence(Place place) {
      String city = pick(place.cities());
      return switch (rnd.nextInt(12)) {
        case 0 ->
            pick(INSTITUTIONS)
                + " "
                + pick(VERBS_PAST)
                + " "
                + pick(OBJECTS)
                + " "
                + pick(WEEKDAYS)
                + ", "
                + pick(ATTRIBUTIONS)
                + ".";
        case 1 ->
            "In "
                + city
                + ", "
                + pick(CROWDS)
                + " "
                + pick(GROUPS)
                + " "
                + pick(ACTIONS_PAST)
                + " "
                + pick(WEEKDAYS)
                + " to protest against "
                + pick(MEASURES)
                + ".";
        case 2 ->
            pick(GROUPS)
                + " in "
                + place.country()
                + " have not seen a real wage increase since "
                + (1995 + rnd.nextInt(25))
                + ", and inflation is running at "
                + (4 + rnd.nextInt(60))
                + " per cent.";
        case 3 -> "“" + pick(QUOTES) + ",” said a " + pick(ROLES) + " from " + city + ".";
        case 4 ->
            pick(ECONOMY_NOUNS)
                + " "
                + pick(ECONOMY_MOVES)
                + " by "
                + (2 + rnd.nextInt(35))
                + " per cent in "
                + pick(PERIODS)
                + ", "
                + pick(ATTRIBUTIONS)
                + ".";
        case 5 ->
            pick(INSTITUTIONS)
                + " has insisted that "
                + pick(OBJECTS)
                + " is necessary to "
                + pick(GOALS)
                + ".";
        case 6 -> "Critics point out that " + pick(OBSERVATIONS) + ".";
        case 7 ->
            "The strike at "
                + pick(WORKPLACES)
                + " in "
                + city
                + " entered its "
                + pick(List.of("second", "third", "fourth", "fifth", "eighth"))
                + " week "
                + pick(WEEKDAYS)
                + ".";
        case 8 ->
            "Union leaders said they would " + pick(THREATS) + " if " + pick(CONDITIONS) + ".";
        case 9 ->
            "The dispute began when "
                + pick(INSTITUTIONS)
                + " "
                + pick(VERBS_PAST)
                + " "
                + pick(OBJECTS)
                + ", and it has since spread to "
                + pick(GROUPS)
                + " in "
                + pick(pick(PLACES).cities())
                + ".";
        case 10 ->
            "Meanwhile "
                + pick(GROUPS)
                + " at "
                + pick(WORKPLACES)
                + " voted to join the action, "
                + pick(ATTRIBUTIONS)
                + ".";
        default -> "Many " + pick(GROUPS) + " in " + city + " say that " + pick(OBSERVATIONS) + ".";
      };
    }

    private String historySentence(Place place) {
      Event e = pick(EVENTS);
      return switch (rnd.nextInt(5)) {
        case 0 ->
            "Historians still argue about "
                + e.name()
                + " of "
                + e.year()
                + ", when "
                + pick(GROUPS)
                + " in "
                + e.city()
                + " "
                + pick(ACTIONS_PAST)
                + ".";
        case 1 ->
            "By "
                + (e.year() + 1 + rnd.nextInt(3))
                + " the movement had spread from "
                + e.city()
                + " to "
                + pick(pick(PLACES).cities())
                + ", and "
                + pick(INSTITUTIONS)
                + " "
                + pick(VERBS_PAST)
                + " "
                + pick(OBJECTS)
                + ".";
        case 2 ->
            "The memoirs of a "
                + pick(ROLES)
                + " from "
                + e.city()
                + " describe how "
                + pick(CROWDS)
                + " "
                + pick(GROUPS)
                + " "
                + pick(ACTIONS_PAST)
                + " in "
                + e.year()
                + ".";
        case 3 ->
            "What began as a dispute over "
                + pick(ISSUES)
                + " became, within weeks, "
                + e.name()
                + ".";
        default ->
            "The official histories say little about the "
                + pick(GROUPS)
                + " of "
                + e.city()
                + ", yet they were at the centre of "
                + e.name()
                + ".";
      };
    }

    private String theorySentence(Place place) {
      String thinker = pick(THINKERS);
      String concept = pick(CONCEPTS);
      return switch (rnd.nextInt(4)) {
        case 0 -> "For " + thinker + ", " + concept + " " + pick(THEORY_CLAIMS) + ".";
        case 1 ->
            thinker
                + " returned to "
                + concept
                + " again and again, above all after "
                + pick(EVENTS).name()
                + ".";
        case 2 ->
            "Any serious discussion of "
                + concept
                + " in "
                + place.country()
                + " today has to start from the fact that "
                + pick(OBSERVATIONS)
                + ".";
        default ->
            "The debate between "
                + thinker
                + " and "
                + pick(THINKERS)
                + " on "
                + concept
                + " is often reduced to a caricature.";
      };
    }

    private String statementSentence(Place place) {
      String city = pick(place.cities());
      return switch (rnd.nextInt(4)) {
        case 0 ->
            "We stand with the "
                + pick(GROUPS)
                + " of "
                + city
                + " in their fight against "
                + pick(MEASURES)
                + ".";
        case 1 -> "We call on " + pick(GROUPS) + " everywhere to " + pick(STATEMENT_ACTIONS) + ".";
        case 2 ->
            capitalise(pick(INSTITUTIONS))
                + " bears full responsibility for the violence in "
                + city
                + ".";
        default ->
            "An injury to one is an injury to all: the "
                + pick(GROUPS)
                + " of "
                + place.country()
                + " are not alone.";
      };
    }

    static String capitalise(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
