/**
 * The command line: the same executable serves the site ({@code serve}, the default) or runs one
 * command ({@code import-text} …) and exits. Commands are thin: they parse arguments, call a
 * feature's service and report in plain words.
 */
package org.iskra.cli;
