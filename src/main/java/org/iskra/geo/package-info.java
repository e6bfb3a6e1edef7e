/**
 * Countries: the ISO 3166-1 list with English names and a regional grouping, shipped as reference
 * data ({@code geo/countries.csv}). Articles refer to countries by their alpha-2 code. Stores
 * nothing.
 */
package org.iskra.geo;
