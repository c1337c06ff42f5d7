package org.diplograph.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a web page says about itself.
 *
 * @param title the headline, empty if none
 * @param url the canonical address, if given
 * @param published the publication date as written in the page's own offset, if given
 * @param outlet the site or publisher name, if given
 */
record PageMetadata(String title, Optional<String> url, Optional<LocalDate> published, Optional<String> outlet) {}
