package org.iskra.media;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How uploads are stored and limited ({@code iskra.media.*}).
 *
 * @param directory where the files live; {@code application.properties} sets it to {@code
 *     ${iskra.data-dir}/media}
 * @param maxUploadSize the largest file accepted; Spring's multipart limit ({@code
 *     spring.servlet.multipart.max-file-size}) must be at least as large
 * @param maxPixels the most pixels an image may have, checked from its header before decoding
 * @param variantWidths the widths made for {@code srcset}, those narrower than the image only
 * @param fullWidth the widest version kept: wider images are scaled down to it
 */
@ConfigurationProperties("iskra.media")
record MediaSettings(
    @DefaultValue("data/media") Path directory,
    @DefaultValue("20MB") DataSize maxUploadSize,
    @DefaultValue("50000000") long maxPixels,
    @DefaultValue({"480", "960", "1600"}) List<Integer> variantWidths,
    @DefaultValue("2400") int fullWidth) {}
