/**
 * The publication itself: its name, tagline, language and timezone, where the site is reached
 * ({@link org.iskra.publication.SiteSettings}, for absolute addresses), how dates are shown to
 * readers, and the page chrome (masthead, navigation, canonical address, feed links) every public
 * page is framed in. Owns the {@code publication_settings} table. Depends on sections for the
 * navigation.
 */
package org.iskra.publication;
