/**
 * The editorial shell: the desk's dashboard and its frame. Features bring their own desk screens;
 * this package only ties them together. Reads articles and accounts through their public APIs.
 */
package org.iskra.desk;
