package org.iskra.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The ISO 3166-1 countries, read once from the classpath. Immutable after construction and so
 * thread-safe.
 */
@Component
public class Countries {

  /** Regions in the order the countries index shows them. */
  public static final List<String> REGIONS =
      List.of("Africa", "Americas", "Asia", "Europe", "Middle East", "Oceania");

  private final Map<String, Country> byCode;

  public Countries() {
    this.byCode = load("/geo/countries.csv");
  }

  /** The country with this alpha-2 code, in any letter case. */
  public Optional<Country> find(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
  }

  /** The country with this code; unknown codes are a programming or data error. */
  public Country get(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("Unknown ISO 3166-1 code: " + code));
  }

  /** The countries with these codes, in the order given, unknown codes left out. */
  public List<Country> listByCodes(Collection<String> codes) {
    List<Country> countries = new ArrayList<>(codes.size());
    for (String code : codes) {
      find(code).ifPresent(countries::add);
    }
    return countries;
  }

  /** All countries, by code. */
  public Collection<Country> listAll() {
    return byCode.values();
  }

  /** The given countries grouped by region, regions in {@link #REGIONS} order, names sorted. */
  public Map<String, List<Country>> groupByRegion(Collection<Country> countries) {
    Map<String, List<Country>> grouped = new LinkedHashMap<>();
    REGIONS.forEach(region -> grouped.put(region, new ArrayList<>()));
    countries.forEach(country -> grouped.get(country.region()).add(country));
    grouped.values().forEach(list -> list.sort((a, b) -> a.name().compareTo(b.name())));
    grouped.values().removeIf(List::isEmpty);
    return grouped;
  }

  private static Map<String, Country> load(String resource) {
    Map<String, Country> countries = new TreeMap<>();
    try (InputStream in = Countries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing country list " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split(",", -1);
        if (fields.length != 3 || !REGIONS.contains(fields[2])) {
          throw new IllegalStateException("Malformed line in " + resource + ": " + line);
        }
        countries.put(fields[0], new Country(fields[0], fields[1], fields[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return java.util.Collections.unmodifiableMap(countries);
  }
}
