/**
 * Files written whole: a new content goes to a hidden file beside its place and takes that place in
 * one rename, so an interrupted write, a full disk or a second process never leaves half a file where
 * a report, a fixed draft, a font conversion or a page of the archive was. A leaf: uses no other
 * package of baogao.
 */
package org.baogao.files;
