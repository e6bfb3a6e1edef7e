package org.iskra.syndication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How importers treat their input ({@code iskra.import.*}).
 *
 * @param maxFileSize the largest file an importer reads; larger ones are refused before parsing
 */
@ConfigurationProperties("iskra.import")
public record ImportSettings(@DefaultValue("200MB") DataSize maxFileSize) {

  public ImportSettings {
    if (maxFileSize.toBytes() < 1 || maxFileSize.toBytes() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "iskra.import.max-file-size must be between 1 byte and 2 GB, not " + maxFileSize);
    }
  }
}
