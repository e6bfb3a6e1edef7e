/**
 * The demo publication: on the first start of an empty store, loads the seed teasers and their
 * metadata (shipped in {@code demo/}) through the same services editors use. Listens to nothing
 * else; never touches a store that already has articles.
 */
package org.iskra.demo;
