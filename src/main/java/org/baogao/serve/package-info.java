/**
 * {@code baogao serve}: a preview server on 127.0.0.1 that watches the sources, builds through the
 * pipeline, serves the live site and tells open pages to reload. Uses {@code pipeline} and the stages
 * below it.
 */
package org.baogao.serve;
