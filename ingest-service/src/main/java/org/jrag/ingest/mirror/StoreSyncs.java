package org.jrag.ingest.mirror;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jrag.ingest.problem.StoreNotFoundException;
import org.jrag.ingest.problem.StoreSyncRunningException;
import org.jrag.ingest.upkeep.BackgroundTask;
import org.jrag.ingest.upkeep.InstanceLock;
import org.jrag.ingest.upkeep.LastRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rounds over the configured stores of one kind (folders, buckets, mailboxes): every {@code interval}, and on
 * request, each store's collection is brought in step with it ({@link MirrorSync}). One instance at a time syncs a
 * kind (a PostgreSQL advisory lock), the others skip the round; the last run of each store is kept in the database, for
 * every instance to show.
 *
 * @param <S> a configured store
 */
public abstract class StoreSyncs<S extends SyncedStore> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoreSyncs.class);

    private final Mirror.Kind kind;
    private final long lockKey;
    private final List<S> stores;
    private final Duration initialDelay;
    private final Duration interval;
    private final DataSource dataSource;
    private final LastRuns<MirrorRun> runs;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final BackgroundTask rounds;

    /**
     * @param lockKey the advisory lock of the instance that syncs the kind
     * @param runTable the table of the last runs ({@code <noun>_run}, keyed by the column {@code <noun>})
     */
    protected StoreSyncs(
            Mirror.Kind kind,
            long lockKey,
            List<S> stores,
            Duration initialDelay,
            Duration interval,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json) {
        this.kind = kind;
        this.lockKey = lockKey;
        this.stores = List.copyOf(stores);
        this.initialDelay = initialDelay;
        this.interval = interval;
        this.dataSource = dataSource;
        this.runs = new LastRuns<>(jdbc, json, kind.noun() + "_run", kind.noun(), MirrorRun.class);
        this.rounds = new BackgroundTask(kind.noun() + "-sync", this::syncLogged);
    }

    /** Brings the store's collection in step with it (the caller holds the lock). */
    protected abstract MirrorRun syncStore(S store);

    /**
     * Where the store is, as the API shows it between its collection and its include patterns: never how it signs in.
     * Build it with {@link #entries}.
     */
    protected abstract Map<String, Object> where(S store);

    /** What the sync keeps in step for the store. */
    protected Mirror mirror(S store) {
        return store.mirror(kind);
    }

    /** The keys and values given in turn ({@code "location", url}), in that order, those with a null value left out. */
    protected static Map<String, Object> entries(Object... keysAndValues) {
        var entries = new LinkedHashMap<String, Object>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                entries.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return entries;
    }

    /**
     * The store as the API shows it: its name and collection, where it is (never how it signs in), its include patterns
     * when it has some, whether it deletes, whether this instance is syncing it, and its last run.
     */
    private Map<String, Object> view(S store) {
        var view = new LinkedHashMap<String, Object>();
        view.put("name", store.name());
        view.put("collection", store.collection());
        view.putAll(where(store));
        if (!store.include().isEmpty()) {
            view.put("include", store.include());
        }
        view.put("delete", store.delete());
        view.put("running", isRunning(store.name()));
        lastRun(store.name()).ifPresent(run -> view.put("lastRun", run));
        return view;
    }

    public Mirror.Kind kind() {
        return kind;
    }

    protected List<S> stores() {
        return stores;
    }

    /** The configured stores' names. */
    public List<String> names() {
        return stores.stream().map(SyncedStore::name).toList();
    }

    /** Every configured store as the API shows it. */
    public List<Map<String, Object>> views() {
        return stores.stream().map(this::view).toList();
    }

    /**
     * Starts a sync of the named store now, on a thread of its own, rather than at the next round (when another instance
     * holds the lock, this one skips and says so in its log).
     *
     * @throws StoreNotFoundException when no store of that name is configured
     * @throws StoreSyncRunningException while this instance syncs it
     */
    public void syncSoon(String name) {
        S store = stores.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new StoreNotFoundException(kind.noun(), name, kind.property()));
        if (isRunning(name)) {
            throw new StoreSyncRunningException(kind.noun(), name, kind.plural());
        }
        Thread.ofVirtual().name(kind.noun() + "-sync-" + name).start(() -> syncAll(List.of(store)));
    }

    /** The last run of the store, by whichever instance ran it. */
    public Optional<MirrorRun> lastRun(String name) {
        return runs.find(name);
    }

    public boolean isRunning(String name) {
        return running.contains(name);
    }

    @Override
    public void start() {
        if (!stores.isEmpty()) {
            rounds.start(initialDelay, interval);
        }
    }

    /** A round that fails as a whole is logged and tried again at the next interval. */
    private void syncLogged() {
        try {
            syncAll(stores);
        } catch (RuntimeException e) {
            log.warn("{} sync failed; retrying in {}", kind.noun(), interval, e);
        }
    }

    @Override
    public void stop() {
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }

    /**
     * Syncs the stores now, unless another instance holds the lock.
     *
     * @return whether this instance synced them
     */
    public boolean syncAll(List<S> some) {
        return InstanceLock.runExclusively(dataSource, lockKey, kind.noun() + " sync", () -> some.forEach(this::sync));
    }

    /** Syncs one store and records its run (the caller holds the lock). */
    protected MirrorRun sync(S store) {
        String name = store.name();
        running.add(name);
        MirrorRun run;
        try {
            run = syncStore(store);
        } finally {
            running.remove(name);
        }
        try {
            runs.save(name, run);
        } catch (RuntimeException e) {
            log.warn("{} '{}': its run could not be recorded: {}", kind.noun(), name, e.getMessage());
        }
        return run;
    }
}
