package org.baogao.pipeline;

import org.baogao.content.Report;

/**
 * What reading made of a report file: the report, ready to check and render, or the outcome that
 * ends it there (it could not be read, or it is a draft that is not published).
 */
record Reading(Report report, ReportOutcome settled) {}
