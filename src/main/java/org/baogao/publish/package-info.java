/**
 * The output folder as a build sees it: files written to a staging folder beside the site, made the
 * site by one atomic rename, under a lock that lets one build at a time publish, and old trees deleted
 * after. A failed build leaves the previous site as it was. A leaf: uses no other package of baogao.
 */
package org.baogao.publish;
