package dev.dynamobao.tck.fault;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.DataAccessException;
import dev.dynamobao.FlushException;
import dev.dynamobao.ThrottledException;
import dev.dynamobao.TransactionCancelledException;
import dev.dynamobao.WriteOutcomeUnknownException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A mixed workload (create with unique, versioned update, counter, set change, unique swap,
 * delete, transaction, a flush of several entities and a persistAll of several, whose writes are
 * in flight together) over one writer's own entities, checked after every operation: a success
 * must be stored exactly once, a failure that says nothing was applied must have stored nothing,
 * an unknown outcome must have stored the write once or not at all (then the stored state is
 * adopted), and no operation may fail with a conflict (no one else writes these entities).
 */
final class Workload {

    /** Counts shared by every writer of a run. */
    static final class Stats {
        final AtomicLong operations = new AtomicLong();
        final AtomicLong succeeded = new AtomicLong();
        final AtomicLong unknown = new AtomicLong();
        final AtomicLong unknownApplied = new AtomicLong();
        final AtomicLong knownNotApplied = new AtomicLong();
        final AtomicLong falseConflicts = new AtomicLong();
        final AtomicLong untruthful = new AtomicLong();
        final AtomicLong doubleIncrements = new AtomicLong();
        final AtomicLong severalAtOnce = new AtomicLong();
        final AtomicLong severalPartlyFailed = new AtomicLong();

        @Override
        public String toString() {
            return operations + " operations: " + succeeded + " succeeded, " + knownNotApplied + " failed with nothing written, "
                    + unknown + " unknown (" + unknownApplied + " of them applied); " + falseConflicts + " false conflicts, "
                    + doubleIncrements + " double increments, " + untruthful + " untruthful reports; " + severalAtOnce
                    + " flushes/persistAlls of several entities in flight together (" + severalPartlyFailed
                    + " of them with some entities failed and the others written)";
        }
    }

    /** What the store shows of one account (null fields: absent). */
    record AccountView(boolean exists, String email, String nickname, long logins, Set<String> roles) {
    }

    /** What the store shows of one meter. */
    record MeterView(boolean exists, String note, long reads, Set<String> labels) {
    }

    private final FaultHarness h;
    private final String owner;
    private final Stats stats;
    private final List<String> log = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();
    private final List<String> meters = new ArrayList<>();
    private final java.util.HashMap<String, AccountView> accountState = new java.util.HashMap<>();
    private final java.util.HashMap<String, MeterView> meterState = new java.util.HashMap<>();
    private int created;

    Workload(FaultHarness h, String owner, Stats stats) {
        this.h = h;
        this.owner = owner;
        this.stats = stats;
    }

    /** The operations run so far, with their outcomes. */
    List<String> log() {
        return log;
    }

    /** The ids of the accounts this writer believes exist. */
    List<String> accounts() {
        return accounts;
    }

    /** Runs one random operation and checks it; throws AssertionError on a violation. */
    void step(Random random) {
        int choice = accounts.isEmpty() ? 0 : meters.isEmpty() ? 1 : random.nextInt(11);
        switch (choice) {
            case 0 -> createAccount();
            case 1 -> createMeter();
            case 2 -> updateAccount(pick(random, accounts), a -> a.setNickname("nick-" + random.nextInt(1000)));
            case 3 -> updateAccount(pick(random, accounts), Account::login);
            case 4 -> updateMeter(pick(random, meters), Meter::read);
            case 5 -> updateMeter(pick(random, meters), m -> {
                String label = "l" + random.nextInt(4);
                if (!m.getLabels().remove(label)) {
                    m.getLabels().add(label);
                }
            });
            case 6 -> updateAccount(pick(random, accounts), a -> a.setEmail(owner + "-" + (++created) + "@example.com"));
            case 7 -> {
                if (random.nextBoolean()) {
                    deleteAccount(pick(random, accounts));
                } else {
                    deleteMeter(pick(random, meters));
                }
            }
            case 8 -> transaction(pick(random, accounts));
            case 9 -> flushSeveral(random);
            default -> persistSeveral();
        }
    }

    private static String pick(Random random, List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    // ---- operations ---------------------------------------------------------------------------

    private void createAccount() {
        Account account = new Account();
        account.setEmail(owner + "-" + (++created) + "@example.com");
        account.setRegion("north");
        account.setRoles(new LinkedHashSet<>(List.of("user")));
        run("create account " + account.getEmail(), em -> em.persist(account), () -> account.getAccountId() == null ? null
                : viewAccount(account.getAccountId()), new AccountView(false, null, null, 0, null),
                () -> new AccountView(true, account.getEmail(), null, 0, Set.of("user")), applied -> {
                    if (applied) {
                        accounts.add(account.getAccountId());
                    }
                }, observed -> accountState.put(account.getAccountId(), (AccountView) observed));
    }

    private void createMeter() {
        Meter meter = new Meter();
        meter.setNote(owner);
        run("create meter", em -> em.persist(meter), () -> meter.getMeterId() == null ? null : viewMeter(meter.getMeterId()),
                new MeterView(false, null, 0, null), () -> new MeterView(true, owner, 0, null), applied -> {
                    if (applied) {
                        meters.add(meter.getMeterId());
                    }
                }, observed -> meterState.put(meter.getMeterId(), (MeterView) observed));
    }

    private void updateAccount(String id, Consumer<Account> change) {
        AccountView before = accountState.get(id);
        Account[] loaded = new Account[1];
        run("update account " + id, em -> {
            loaded[0] = em.find(Account.class, id).orElseThrow();
            change.accept(loaded[0]);
            em.flush();
        }, () -> viewAccount(id), before, () -> new AccountView(true, loaded[0].getEmail(), loaded[0].getNickname(),
                loaded[0].getLogins(), loaded[0].getRoles().isEmpty() ? null : Set.copyOf(loaded[0].getRoles())),
                applied -> { }, observed -> accountState.put(id, (AccountView) observed));
    }

    private void updateMeter(String id, Consumer<Meter> change) {
        MeterView before = meterState.get(id);
        Meter[] loaded = new Meter[1];
        run("update meter " + id, em -> {
            loaded[0] = em.find(Meter.class, id).orElseThrow();
            change.accept(loaded[0]);
            em.flush();
        }, () -> viewMeter(id), before, () -> new MeterView(true, loaded[0].getNote(), loaded[0].getReads(),
                loaded[0].getLabels().isEmpty() ? null : Set.copyOf(loaded[0].getLabels())),
                applied -> { }, observed -> meterState.put(id, (MeterView) observed));
    }

    private void deleteAccount(String id) {
        run("delete account " + id, em -> em.remove(em.find(Account.class, id).orElseThrow()), () -> viewAccount(id),
                accountState.get(id), () -> new AccountView(false, null, null, 0, null), applied -> {
                    if (applied) {
                        accounts.remove(id);
                    }
                }, observed -> accountState.put(id, (AccountView) observed));
    }

    private void deleteMeter(String id) {
        run("delete meter " + id, em -> em.remove(em.find(Meter.class, id).orElseThrow()), () -> viewMeter(id),
                meterState.get(id), () -> new MeterView(false, null, 0, null), applied -> {
                    if (applied) {
                        meters.remove(id);
                    }
                }, observed -> meterState.put(id, (MeterView) observed));
    }

    private void transaction(String accountId) {
        AccountView before = accountState.get(accountId);
        Meter meter = new Meter();
        meter.setNote(owner + "-tx");
        run("transaction: create meter + login account " + accountId, em -> {
            Account account = em.find(Account.class, accountId).orElseThrow();
            account.login();
            em.transaction(tx -> {
                tx.persist(meter);
                tx.save(account);
            });
        }, () -> List.of(viewAccount(accountId), meter.getMeterId() == null ? new MeterView(false, null, 0, null)
                : viewMeter(meter.getMeterId())),
                List.of(before, new MeterView(false, null, 0, null)),
                () -> List.of(new AccountView(true, before.email(), before.nickname(), before.logins() + 1, before.roles()),
                        new MeterView(true, owner + "-tx", 0, null)), applied -> {
                    if (applied) {
                        meters.add(meter.getMeterId());
                    }
                }, observed -> {
                    List<?> views = (List<?>) observed;
                    accountState.put(accountId, (AccountView) views.get(0));
                    if (((MeterView) views.get(1)).exists()) {
                        meterState.put(meter.getMeterId(), (MeterView) views.get(1));
                    }
                });
    }

    /**
     * One flush of up to three meters and one account, each with its own change (overlapped writes:
     * in flight together, every one attempted, each reported on its own).
     */
    private void flushSeveral(Random random) {
        List<String> meterIds = new ArrayList<>(new LinkedHashSet<>(List.of(pick(random, meters), pick(random, meters),
                pick(random, meters))));
        String accountId = pick(random, accounts);
        List<Consumer<Meter>> meterChanges = new ArrayList<>();
        for (int i = 0; i < meterIds.size(); i++) {
            int kind = random.nextInt(3);
            String note = "note-" + random.nextInt(1000);
            String label = "l" + random.nextInt(4);
            meterChanges.add(switch (kind) {
                case 0 -> m -> m.setNote(note);
                case 1 -> Meter::read;
                default -> m -> {
                    if (!m.getLabels().remove(label)) {
                        m.getLabels().add(label);
                    }
                };
            });
        }
        int accountKind = random.nextInt(3);
        String nickname = "nick-" + random.nextInt(1000);
        String email = owner + "-" + (++created) + "@example.com";
        Consumer<Account> accountChange = switch (accountKind) {
            case 0 -> a -> a.setNickname(nickname);
            case 1 -> Account::login;
            default -> a -> a.setEmail(email);
        };
        Meter[] loadedMeters = new Meter[meterIds.size()];
        Account[] loadedAccount = new Account[1];
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < meterIds.size(); i++) {
            String id = meterIds.get(i);
            int index = i;
            parts.add(new Part("meter " + id, () -> id, () -> viewMeter(id), meterState.get(id), () -> {
                Meter m = loadedMeters[index];
                return new MeterView(true, m.getNote(), m.getReads(), m.getLabels().isEmpty() ? null : Set.copyOf(m.getLabels()));
            }, applied -> { }, observed -> meterState.put(id, (MeterView) observed)));
        }
        parts.add(new Part("account " + accountId, () -> accountId, () -> viewAccount(accountId), accountState.get(accountId), () -> {
            Account a = loadedAccount[0];
            return new AccountView(true, a.getEmail(), a.getNickname(), a.getLogins(), a.getRoles().isEmpty() ? null : Set.copyOf(a.getRoles()));
        }, applied -> { }, observed -> accountState.put(accountId, (AccountView) observed)));
        runSeveral("flush of " + parts.size() + " entities", em -> {
            for (int i = 0; i < meterIds.size(); i++) {
                loadedMeters[i] = em.find(Meter.class, meterIds.get(i)).orElseThrow();
                meterChanges.get(i).accept(loadedMeters[i]);
            }
            loadedAccount[0] = em.find(Account.class, accountId).orElseThrow();
            accountChange.accept(loadedAccount[0]);
            em.flush();
        }, parts);
    }

    /** One persistAll of two accounts (each with a unique e-mail: a transaction) and a meter. */
    private void persistSeveral() {
        List<Account> newAccounts = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Account account = new Account();
            account.setEmail(owner + "-" + (++created) + "@example.com");
            account.setRegion("north");
            account.setRoles(new LinkedHashSet<>(List.of("user")));
            newAccounts.add(account);
            parts.add(new Part("create account " + account.getEmail(), account::getAccountId,
                    () -> account.getAccountId() == null ? null : viewAccount(account.getAccountId()),
                    new AccountView(false, null, null, 0, null),
                    () -> new AccountView(true, account.getEmail(), null, 0, Set.of("user")), applied -> {
                        if (applied) {
                            accounts.add(account.getAccountId());
                        }
                    }, observed -> accountState.put(account.getAccountId(), (AccountView) observed)));
        }
        Meter meter = new Meter();
        meter.setNote(owner);
        parts.add(new Part("create meter", meter::getMeterId, () -> meter.getMeterId() == null ? null : viewMeter(meter.getMeterId()),
                new MeterView(false, null, 0, null), () -> new MeterView(true, owner, 0, null), applied -> {
                    if (applied) {
                        meters.add(meter.getMeterId());
                    }
                }, observed -> meterState.put(meter.getMeterId(), (MeterView) observed)));
        List<Object> entities = new ArrayList<>(newAccounts);
        entities.add(meter);
        runSeveral("persistAll of 3 entities", em -> em.persistAll(entities), parts);
    }

    /**
     * One entity of a write of several: its id once the write ran, how to observe it, the states
     * allowed before and after, and what to do with the observed state (as in {@link #run}).
     */
    private record Part(String what, Supplier<String> id, Supplier<Object> observe, Object before, Supplier<Object> after,
                        Consumer<Boolean> applied, Consumer<Object> adopt) {
    }

    /**
     * Runs a write of several entities (a flush or persistAll) and checks each entity's report
     * against the store: unnamed entities must be written; a failure named by a
     * {@link FlushException} (or the one exception thrown alone) is judged as in {@link #run}.
     * A single exception that names no entity (throttling, a refused connection) may stand for
     * exactly one entity that must then show its state before.
     */
    private void runSeveral(String what, Consumer<BaoEntityManager> write, List<Part> parts) {
        stats.operations.addAndGet(parts.size());
        stats.severalAtOnce.incrementAndGet();
        RuntimeException failure = null;
        try (BaoEntityManager em = h.bao.createEntityManager()) {
            write.accept(em);
        } catch (RuntimeException e) {
            failure = e;
        }
        Map<String, RuntimeException> named = new java.util.HashMap<>();
        RuntimeException unnamed = null;
        if (failure instanceof FlushException several) {
            several.failures().forEach(failed -> named.put(failed.primaryId(), failed.cause()));
        } else if (failure instanceof WriteOutcomeUnknownException unknown) {
            named.put(unknown.primaryId(), unknown);
        } else if (failure != null) {
            unnamed = failure;
        }
        List<String> outcomes = new ArrayList<>();
        boolean unnamedUsed = false;
        boolean unchangedPart = false;
        for (Part part : parts) {
            String id = part.id().get();
            Object observed = part.observe().get();
            Object expectedAfter = part.after().get();
            boolean isAfter = Objects.equals(observed, expectedAfter);
            boolean isBefore = Objects.equals(observed, part.before());
            unchangedPart |= isAfter && isBefore;
            RuntimeException mine = id == null ? null : named.get(id);
            if (mine == null && unnamed != null && !isAfter) {
                if (unnamedUsed) {
                    stats.untruthful.incrementAndGet();
                    fail(what, part.what() + ": one failure (" + unnamed + ") but a second entity is not written: " + observed, unnamed);
                }
                unnamedUsed = true;
                mine = unnamed;
            }
            String outcome;
            if (mine == null) {
                outcome = "success";
                stats.succeeded.incrementAndGet();
                if (!isAfter) {
                    stats.untruthful.incrementAndGet();
                    countDouble(observed, expectedAfter);
                    fail(what, part.what() + ": reported written but the store shows " + observed + ", expected " + expectedAfter,
                            failure);
                }
            } else if (mine instanceof WriteOutcomeUnknownException) {
                outcome = "unknown";
                stats.unknown.incrementAndGet();
                if (isAfter) {
                    stats.unknownApplied.incrementAndGet();
                } else if (!isBefore) {
                    stats.untruthful.incrementAndGet();
                    countDouble(observed, expectedAfter);
                    fail(what, part.what() + ": unknown outcome, but the store shows neither the state before (" + part.before()
                            + ") nor after (" + expectedAfter + "): " + observed, mine);
                }
            } else if (knownNotApplied(mine)) {
                outcome = mine.getClass().getSimpleName();
                stats.knownNotApplied.incrementAndGet();
                if (!isBefore) {
                    stats.untruthful.incrementAndGet();
                    fail(what, part.what() + ": reported " + mine + " (nothing written) but the store shows " + observed, mine);
                }
            } else {
                outcome = mine.getClass().getSimpleName();
                stats.falseConflicts.incrementAndGet();
                fail(what, part.what() + ": failed although no one else writes these entities: " + mine, mine);
            }
            outcomes.add(part.what() + " -> " + outcome);
            part.applied().accept(isAfter && !isBefore);
            part.adopt().accept(observed);
        }
        if (unnamed != null && !unnamedUsed && !unchangedPart) {
            // The failure names no entity and every entity shows its change: not truthful.
            stats.untruthful.incrementAndGet();
            fail(what, "reported " + unnamed + " but every entity is written", unnamed);
        }
        if (failure != null && outcomes.stream().anyMatch(outcome -> outcome.endsWith("-> success"))) {
            stats.severalPartlyFailed.incrementAndGet();
        }
        log.add(what + ": " + String.join(", ", outcomes));
    }

    /**
     * Runs {@code write} with the faults of the current plan and checks its report against the
     * store: {@code before} and {@code after} (computed once the write ran) are the only states
     * allowed, and which one the report decides.
     */
    private void run(String what, Consumer<BaoEntityManager> write, Supplier<Object> observe, Object before,
                     Supplier<Object> after, Consumer<Boolean> applied, Consumer<Object> adopt) {
        stats.operations.incrementAndGet();
        RuntimeException failure = null;
        try (BaoEntityManager em = h.bao.createEntityManager()) {
            write.accept(em);
        } catch (RuntimeException e) {
            failure = e;
        }
        Object observed = observe.get();
        Object expectedAfter = after.get();
        boolean isAfter = Objects.equals(observed, expectedAfter);
        boolean isBefore = Objects.equals(observed, before);
        String outcome;
        if (failure == null) {
            outcome = "success";
            stats.succeeded.incrementAndGet();
            if (!isAfter) {
                stats.untruthful.incrementAndGet();
                countDouble(observed, expectedAfter);
                fail(what, "reported success but the store shows " + observed + ", expected " + expectedAfter, null);
            }
        } else if (failure instanceof WriteOutcomeUnknownException) {
            outcome = "unknown";
            stats.unknown.incrementAndGet();
            if (isAfter) {
                stats.unknownApplied.incrementAndGet();
            } else if (!isBefore) {
                stats.untruthful.incrementAndGet();
                countDouble(observed, expectedAfter);
                fail(what, "unknown outcome, but the store shows neither the state before (" + before + ") nor after ("
                        + expectedAfter + "): " + observed, failure);
            }
        } else if (knownNotApplied(failure)) {
            outcome = failure.getClass().getSimpleName();
            stats.knownNotApplied.incrementAndGet();
            if (!isBefore) {
                stats.untruthful.incrementAndGet();
                fail(what, "reported " + failure + " (nothing written) but the store shows " + observed, failure);
            }
        } else {
            outcome = failure.getClass().getSimpleName();
            stats.falseConflicts.incrementAndGet();
            fail(what, "failed although no one else writes these entities: " + failure, failure);
        }
        log.add(what + " -> " + outcome);
        boolean nowApplied = isAfter && !isBefore;
        applied.accept(nowApplied);
        adopt.accept(observed);
    }

    private void countDouble(Object observed, Object expected) {
        if (observed instanceof AccountView o && expected instanceof AccountView e && o.logins() > e.logins()
                || observed instanceof MeterView o2 && expected instanceof MeterView e2 && o2.reads() > e2.reads()) {
            stats.doubleIncrements.incrementAndGet();
        }
    }

    /** Failures that claim nothing was written: throttling, refused connections, cancelled transactions. */
    static boolean knownNotApplied(RuntimeException failure) {
        if (failure instanceof ThrottledException || failure instanceof TransactionCancelledException) {
            return true;
        }
        if (failure instanceof DataAccessException) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConnectException) {
                    return true;
                }
            }
        }
        return false;
    }

    private void fail(String what, String problem, Throwable cause) {
        throw new AssertionError(owner + ": " + what + ": " + problem + "\noperations so far:\n  " + String.join("\n  ", log), cause);
    }

    // ---- views of the store -------------------------------------------------------------------

    AccountView viewAccount(String id) {
        Map<String, AttributeValue> item = h.item("fa", id);
        if (item == null) {
            return new AccountView(false, null, null, 0, null);
        }
        return new AccountView(true, s(item, "email"), s(item, "nickname"), n(item, "logins"),
                item.containsKey("roles") ? Set.copyOf(item.get("roles").ss()) : null);
    }

    MeterView viewMeter(String id) {
        Map<String, AttributeValue> item = h.item("fm", id);
        if (item == null) {
            return new MeterView(false, null, 0, null);
        }
        return new MeterView(true, s(item, "note"), n(item, "reads"),
                item.containsKey("labels") ? Set.copyOf(item.get("labels").ss()) : null);
    }

    private static String s(Map<String, AttributeValue> item, String attribute) {
        return item.containsKey(attribute) ? item.get(attribute).s() : null;
    }

    private static long n(Map<String, AttributeValue> item, String attribute) {
        return item.containsKey(attribute) ? Long.parseLong(item.get(attribute).n()) : 0;
    }
}
