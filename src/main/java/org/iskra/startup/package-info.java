/**
 * Starting the server fast: {@link org.iskra.startup.BuildTimeContextGuard} lets a start use the
 * application context that Spring AOT generated when the jar was built only when no setting could
 * have changed it, and {@link org.iskra.startup.FirstPageWarmup} does the first public page's
 * one-time work beside the start instead of in the first reader's request. Uses article's public
 * {@code TeaserText}; publishes and listens to no feature's events.
 */
package org.iskra.startup;
