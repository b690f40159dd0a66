/**
 * The hashes that name what the build made: SHA-256 for the keys of every input and for the
 * archive's file names of Chinese values, MurmurHash3 ({@link org.baogao.hash.ContentHash}) for
 * the sources and texts the build cache keeps. A leaf: uses no other package of baogao.
 */
package org.baogao.hash;
