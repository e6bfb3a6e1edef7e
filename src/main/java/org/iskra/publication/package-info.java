/**
 * The publication itself: its name, tagline, language and timezone, how dates are shown to readers,
 * and the page chrome (masthead and navigation) every public page is framed in. Owns the {@code
 * publication_settings} table. Depends on sections for the navigation.
 */
package org.iskra.publication;
