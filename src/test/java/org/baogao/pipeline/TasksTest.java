package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.baogao.content.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code --fail-fast}: at the first failed report no further report starts; those under way finish. */
class TasksTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    static ReportOutcome outcome(String name, boolean failed) {
        Path file = Path.of(name + ".md");
        return new ReportOutcome(file, failed ? ReportOutcome.Status.FAILED : ReportOutcome.Status.BUILT, null, 0, 0, 0,
                failed ? List.of(Problem.error(file, 3, "broken")) : List.of(), null);
    }

    @Test
    void theFirstFailureStopsTheReportsNotYetStartedAndWaitsForThoseUnderWay() throws Exception {
        Set<String> started = ConcurrentHashMap.newKeySet();
        Set<String> finished = ConcurrentHashMap.newKeySet();
        CountDownLatch failedReported = new CountDownLatch(1);
        List<Callable<ReportOutcome>> tasks = new ArrayList<>();
        // two threads: "slow" is under way when "broken" fails; the twenty after them never start
        tasks.add(() -> {
            started.add("slow");
            failedReported.await(10, TimeUnit.SECONDS);
            Thread.sleep(200);
            finished.add("slow");
            return outcome("slow", false);
        });
        tasks.add(() -> {
            started.add("broken");
            failedReported.countDown();
            return outcome("broken", true);
        });
        for (int i = 0; i < 20; i++) {
            String name = "r" + i;
            tasks.add(() -> {
                started.add(name);
                return outcome(name, false);
            });
        }
        assertThatThrownBy(() -> Tasks.runAll(pool, tasks, o -> o.failed() ? o : null))
                .isInstanceOf(BuildException.class)
                .hasMessage("stopped at the first error (--fail-fast): broken.md:3: error: broken");
        assertThat(finished).as("the report under way finished before the build stopped").contains("slow");
        assertThat(started).as("no report started after the failure").containsOnly("slow", "broken");
    }

    @Test
    void withoutFailFastEveryReportRunsAndTheResultsKeepTheirOrder() throws Exception {
        List<Callable<ReportOutcome>> tasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String name = "r" + i;
            boolean fails = i == 3;
            tasks.add(() -> outcome(name, fails));
        }
        List<ReportOutcome> results = Tasks.runAll(pool, tasks, null);
        assertThat(results).extracting(o -> o.file().toString())
                .containsExactly("r0.md", "r1.md", "r2.md", "r3.md", "r4.md", "r5.md", "r6.md", "r7.md", "r8.md", "r9.md");
        assertThat(results.get(3).failed()).isTrue();
    }
}
