package org.baogao.pipeline;

import org.baogao.layout.LayoutException;

/**
 * A template that no report can be rendered with (it does not parse, or imports one that does
 * not): the build's failure, not the reports'. Thrown out of a report's rendering so that the
 * build stops and the published archive is left as it is, rather than every report of the type
 * failing and being left out of it.
 */
final class BrokenTemplateException extends RuntimeException {
    BrokenTemplateException(LayoutException cause) {
        super(cause.getMessage(), cause);
    }
}
