package org.baogao.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AloneAfterOutOfMemoryTest {

    final ExecutorService pool = Executors.newFixedThreadPool(3);
    /** Bindings running now, the most at once in first tries, the most at once in second tries. */
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostFirst = new AtomicInteger();
    final AtomicInteger mostAgain = new AtomicInteger();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A binding that runs out of memory the first {@code failures} times, as one beside another may. */
    final class Binding implements Callable<String> {
        final String value;
        final int failures;
        final AtomicInteger calls = new AtomicInteger();

        Binding(String value, int failures) {
            this.value = value;
            this.failures = failures;
        }

        @Override
        public String call() throws Exception {
            int call = calls.incrementAndGet();
            int now = running.incrementAndGet();
            (call == 1 ? mostFirst : mostAgain).accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(30);
                if (call <= failures) throw new OutOfMemoryError("Java heap space");
                if (value.equals("broken")) throw new VolumeException("unreadable PDF", null);
                return value;
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void aBindingThatRanOutOfMemoryBesideOthersRunsOnceMoreAloneAfterThem() throws Exception {
        List<Binding> bindings = List.of(new Binding("fits", 0), new Binding("large", 1), new Binding("larger", 1),
                new Binding("never", 2), new Binding("broken", 0));
        List<AloneAfterOutOfMemory.Outcome<String>> out = AloneAfterOutOfMemory.run(pool, List.<Callable<String>>copyOf(bindings));

        assertThat(out).extracting(AloneAfterOutOfMemory.Outcome::value).containsExactly("fits", "large", "larger", null, null);
        assertThat(out.get(3).failure()).as("out of memory alone too").isInstanceOf(OutOfMemoryError.class);
        assertThat(out.get(4).failure()).as("not a matter of memory: not tried again").isInstanceOf(VolumeException.class);
        assertThat(bindings).extracting(b -> b.calls.get()).containsExactly(1, 2, 2, 2, 1);
        assertThat(mostFirst.get()).as("first tries side by side").isGreaterThan(1);
        assertThat(mostAgain.get()).as("second tries one at a time").isEqualTo(1);
    }
}
