package org.baogao.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

class ForkTest {

    @Test
    void eachIndexRunsOnceOnThePoolsThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            AtomicIntegerArray runs = new AtomicIntegerArray(1000);
            Set<String> threads = ConcurrentHashMap.newKeySet();
            Fork.forEach(pool, 3, 1000, i -> {
                runs.incrementAndGet(i);
                threads.add(Thread.currentThread().getName());
            });
            for (int i = 0; i < 1000; i++) assertThat(runs.get(i)).as("index %d", i).isEqualTo(1);
            assertThat(threads).doesNotContain(Thread.currentThread().getName());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void withoutAPoolOrWithOneWorkerItRunsHereInOrder() {
        StringBuilder order = new StringBuilder();
        Fork.forEach(null, 4, 5, order::append);
        String here = Thread.currentThread().getName();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Fork.forEach(pool, 1, 3, i -> {
                order.append(i);
                threads.add(Thread.currentThread().getName());
            });
        } finally {
            pool.shutdown();
        }
        assertThat(order).hasToString("01234012");
        assertThat(threads).containsExactly(here);
    }

    @Test
    void whatATaskThrowsIsThrownOnAsItWas() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> Fork.forEach(pool, 2, 10, i -> {
                if (i == 7) throw new IllegalArgumentException("seven");
            })).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("seven");
            assertThatThrownBy(() -> Fork.forEach(pool, 2, 10, i -> {
                if (i == 3) throw new OutOfMemoryError("three");
            })).isExactlyInstanceOf(OutOfMemoryError.class);
        } finally {
            pool.shutdown();
        }
    }
}
