package org.iskra.staticsite;

import java.time.Duration;
import java.util.List;

/**
 * What one run of the static export did.
 *
 * @param files addresses written to the directory this run (changed or not)
 * @param drawn of those, pages drawn in-process; the others were read over HTTP
 * @param drawing how long drawing them took
 * @param written files whose bytes changed or that are new
 * @param unchanged files left as they were
 * @param deleted files of addresses the site no longer has
 * @param redirects addresses that answer with a redirect, listed in {@code _redirects}
 * @param missing linked addresses that answered neither a page nor a redirect (broken links)
 * @param missingSample the first few of them, to name in a report
 * @param took how long the run took
 */
public record StaticExportReport(
    int files,
    int drawn,
    Duration drawing,
    int written,
    int unchanged,
    int deleted,
    int redirects,
    int missing,
    List<String> missingSample,
    Duration took) {}
