/**
 * The database underneath every feature: SQLite in the data directory by default, PostgreSQL when
 * {@code iskra.database.url} names one. Prepares the data directory before the connection pool
 * opens.
 */
package org.iskra.store;
