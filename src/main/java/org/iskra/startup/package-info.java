/**
 * Starting the server fast: {@link org.iskra.startup.BuildTimeContextGuard} lets a start use the
 * application context that Spring AOT generated when the jar was built only when no setting could
 * have changed it. Publishes and listens to no feature's events.
 */
package org.iskra.startup;
