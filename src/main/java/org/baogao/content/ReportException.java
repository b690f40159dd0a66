package org.baogao.content;

/** Raised by any stage when one report cannot be built; the build records it and goes on with the others. */
public class ReportException extends Exception {
    private final transient Problem problem;

    public ReportException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ReportException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
