package org.docuportal.curriculum;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Renders each guide once, on first use, and hands every later caller the same result. Callers
 * that ask while the first render runs wait for it rather than render again; no lock is held
 * across a render, so guides render in parallel. A render that fails is forgotten, so the next
 * caller tries again.
 */
final class RenderCache<V> {

    private final ConcurrentMap<GuideId, FutureTask<V>> results = new ConcurrentHashMap<>();

    V get(GuideId id, Callable<V> render) {
        FutureTask<V> task = results.computeIfAbsent(id, key -> new FutureTask<>(render));
        task.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            results.remove(id, task);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot render the study guide " + id, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the study guide " + id, e);
        }
    }
}
