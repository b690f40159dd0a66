/**
 * The libraries' own logging, switched off once at the start of every command. A leaf: uses no other
 * package of baogao; only the entry points ({@code cli}, {@code bench}) use it.
 */
package org.baogao.logs;
