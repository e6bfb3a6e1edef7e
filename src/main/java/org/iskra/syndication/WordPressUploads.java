package org.iskra.syndication;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.iskra.media.InvalidMedia;
import org.iskra.media.Media;
import org.iskra.media.MediaLibrary;
import org.iskra.media.RefusedImage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * A local copy of a WordPress site's {@code wp-content/uploads}, brought into the media library:
 * the images a post shows (in its body, by address under {@code /uploads/}) and its featured image
 * become library images, once per file across runs, and the body points at them. Nothing is ever
 * fetched over the network, and no address reaches outside the folder. A file that is missing,
 * outside the folder or not an image Iskra takes is reported and left out; the post still goes in.
 * Thread-safe.
 */
@Component
class WordPressUploads {

  // WordPress's resized copies: photo-300x200.jpg beside photo.jpg.
  private static final Pattern SIZE_SUFFIX =
      Pattern.compile("-[0-9]{1,5}x[0-9]{1,5}(?=\\.[^./]+$)");

  private final MediaLibrary library;
  private final ImportedItems items;
  private final SourceFiles files;

  WordPressUploads(MediaLibrary library, ImportedItems items, SourceFiles files) {
    this.library = library;
    this.items = items;
    this.files = files;
  }

  /**
   * What a post became with its files in the library.
   *
   * @param body the body, its images pointing at the library
   * @param featuredImage the featured image's key, or null
   * @param media every file brought in or found again for the post
   * @param notes what could not be brought in, one line each
   */
  record Brought(
      String body, String featuredImage, List<ImportedPost.MediaFile> media, List<String> notes) {}

  /**
   * Brings the post's images into the library.
   *
   * @param html the post's body as HTML
   * @param featuredUrl the address of its featured image on the old site, or empty
   * @param featuredAlt the featured image's alt text, or empty
   * @param dir the local uploads folder, or null: then nothing changes
   */
  Brought bring(String html, String featuredUrl, String featuredAlt, Path dir) {
    if (dir == null) {
      return new Brought(html, null, List.of(), List.of());
    }
    Post post = new Post(dir);
    String featured = null;
    if (!featuredUrl.isBlank()) {
      featured = post.image(featuredUrl, featuredAlt).map(Media::key).orElse(null);
    }
    String body = html;
    if (html.contains("/uploads/")) {
      Document document = Jsoup.parseBodyFragment(html);
      document.outputSettings().prettyPrint(false);
      for (Element image : document.select("img[src*=/uploads/]")) {
        Optional<Media> media = post.image(image.attr("src"), image.attr("alt"));
        if (media.isPresent()) {
          // The article's own images get srcset, sizes and proportions from the library when
          // the body is stored; WordPress's are of files that are not there.
          image.attr("src", media.get().src(960));
          image.removeAttr("srcset").removeAttr("sizes").removeAttr("width").removeAttr("height");
          image.removeAttr("class");
        }
      }
      // A link to the full-size file of an image brought in points at the library's copy.
      for (Element link : document.select("a[href*=/uploads/]")) {
        post.known(link.attr("href")).ifPresent(media -> link.attr("href", media.largestSrc()));
      }
      body = document.body().html();
    }
    return new Brought(body, featured, List.copyOf(post.media.values()), List.copyOf(post.notes));
  }

  /** One post's files: each brought in once, even if the post shows it twice. */
  private final class Post {
    final Path root;
    final Map<String, ImportedPost.MediaFile> media = new LinkedHashMap<>();
    final Map<String, Optional<Media>> byPath = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();

    Post(Path dir) {
      this.root = dir.toAbsolutePath().normalize();
    }

    Optional<Media> known(String url) {
      return relative(url).flatMap(path -> byPath.getOrDefault(path, Optional.empty()));
    }

    Optional<Media> image(String url, String alt) {
      Optional<String> relative = relative(url);
      if (relative.isEmpty()) {
        notes.add("image " + url + ": not an address under /uploads/; left as it was");
        return Optional.empty();
      }
      String path = relative.get();
      if (byPath.containsKey(path)) {
        return byPath.get(path);
      }
      Optional<Media> result = bringIn(url, path, alt);
      byPath.put(path, result);
      // A link around a resized copy usually points at the full-size file: the same image.
      result.ifPresent(
          found -> byPath.putIfAbsent(SIZE_SUFFIX.matcher(path).replaceFirst(""), result));
      return result;
    }

    private Optional<Media> bringIn(String url, String path, String alt) {
      Path file = root.resolve(path).normalize();
      if (!file.startsWith(root) || path.startsWith("/")) {
        notes.add("image " + url + ": its path leads outside the uploads folder; refused");
        return Optional.empty();
      }
      if (!Files.isRegularFile(file)) {
        // A resized copy that was not kept: the original serves, the library makes the sizes.
        String original = SIZE_SUFFIX.matcher(path).replaceFirst("");
        Path originalFile = root.resolve(original).normalize();
        if (original.equals(path)
            || !originalFile.startsWith(root)
            || !Files.isRegularFile(originalFile)) {
          notes.add("image " + url + ": no file " + path + " in " + root + "; left as it was");
          return Optional.empty();
        }
        path = original;
        file = originalFile;
      }
      // A symbolic link inside the folder may lead out of it: what is read is where it leads.
      try {
        if (!file.toRealPath().startsWith(root.toRealPath())) {
          notes.add("image " + url + ": its file leads outside the uploads folder; refused");
          return Optional.empty();
        }
      } catch (java.io.IOException e) {
        notes.add("image " + path + ": cannot be read (" + e.getMessage() + "); left as it was");
        return Optional.empty();
      }
      Optional<Media> earlier =
          items.findMediaKey(WxrImporter.KIND, path).flatMap(library::findByKey);
      if (earlier.isPresent()) {
        media.put(path, new ImportedPost.MediaFile(path, url, earlier.get().key()));
        return earlier;
      }
      try {
        byte[] bytes = files.read(file);
        Media uploaded =
            library.upload(bytes, file.getFileName().toString(), alt == null ? "" : alt, "", "");
        media.put(path, new ImportedPost.MediaFile(path, url, uploaded.key()));
        return Optional.of(uploaded);
      } catch (RefusedImage | InvalidMedia | UnreadableText e) {
        notes.add("image " + path + ": " + e.getMessage() + "; left as it was");
        return Optional.empty();
      }
    }

    // The path after "/uploads/", decoded; empty when the address has none.
    private Optional<String> relative(String url) {
      try {
        String decoded = URI.create(url.strip().replace(" ", "%20")).getPath();
        if (decoded == null) {
          return Optional.empty();
        }
        int uploads = decoded.indexOf("/uploads/");
        return uploads < 0
            ? Optional.empty()
            : Optional.of(decoded.substring(uploads + "/uploads/".length()));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }
}
