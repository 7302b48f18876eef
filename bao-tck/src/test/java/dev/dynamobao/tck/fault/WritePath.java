package dev.dynamobao.tck.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.Ref;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.PostTag;
import dev.dynamobao.tck.model.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every write path of the library, each as a scenario: the items it starts from (written without
 * faults), the write itself (run with faults on), the DynamoDB operation that write sends, and
 * the check of what is stored — either the write applied exactly once or not at all.
 */
enum WritePath {

    PERSIST_WITHOUT_UNIQUE("PutItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            Meter meter = new Meter();
            meter.setNote("new " + tag);
            return new Scenario(em -> em.persist(meter), applied -> {
                Map<String, AttributeValue> item = meter.getMeterId() == null ? null : h.item("fm", meter.getMeterId());
                if (applied) {
                    assertNotNull(item, "the meter was created");
                    assertEquals("new " + tag, item.get("note").s());
                } else {
                    assertNull(item, "no meter was created");
                }
            });
        }
    },

    PERSIST_WITH_UNIQUE("TransactWriteItems") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            Account account = account(tag);
            return new Scenario(em -> em.persist(account), applied -> {
                Map<String, AttributeValue> constraint = h.raw.get(emailKey(account.getEmail()), "_raft_uc");
                if (applied) {
                    assertNotNull(h.item("fa", account.getAccountId()), "the account was created");
                    assertNotNull(constraint, "with its constraint item");
                    assertEquals(account.getAccountId(), constraint.get("relatedId").s());
                } else {
                    assertNull(constraint, "no constraint item");
                    assertNull(account.getAccountId() == null ? null : h.item("fa", account.getAccountId()), "no account");
                }
            });
        }
    },

    SET_VERSIONED("UpdateItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String id = persisted(h, tag);
            String before = h.item("fa", id).get("version").s();
            return new Scenario(em -> em.find(Account.class, id).orElseThrow().setNickname("changed"), applied -> {
                Map<String, AttributeValue> item = h.item("fa", id);
                assertEquals(applied ? "changed" : "first", item.get("nickname").s());
                assertEquals(!applied, before.equals(item.get("version").s()), "a new version exactly when applied");
            });
        }
    },

    SET_UNVERSIONED("UpdateItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String id = meter(h, tag);
            return new Scenario(em -> em.find(Meter.class, id).orElseThrow().setNote("changed"),
                    applied -> assertEquals(applied ? "changed" : "first", h.item("fm", id).get("note").s()));
        }
    },

    REMOVE_ATTRIBUTE("UpdateItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String id = persisted(h, tag);
            return new Scenario(em -> em.find(Account.class, id).orElseThrow().setNickname(null),
                    applied -> assertEquals(!applied, h.item("fa", id).containsKey("nickname")));
        }
    },

    COUNTER_VERSIONED("UpdateItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String id = persisted(h, tag);
            return new Scenario(em -> em.find(Account.class, id).orElseThrow().login(),
                    applied -> assertEquals(applied ? "1" : "0", h.item("fa", id).get("logins").n(), "applied once or not at all"));
        }
    },

    COUNTER_UNVERSIONED("TransactWriteItems") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String id = meter(h, tag);
            return new Scenario(em -> em.find(Meter.class, id).orElseThrow().read(),
                    applied -> assertEquals(applied ? "1" : "0", h.item("fm", id).get("reads").n(), "applied once or not at all"));
        }
    },

    SET_ADD("UpdateItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String id = meter(h, tag);
            return new Scenario(em -> em.find(Meter.class, id).orElseThrow().getLabels().add("b"),
                    applied -> assertEquals(applied ? Set.of("a", "b") : Set.of("a"), Set.copyOf(h.item("fm", id).get("labels").ss())));
        }
    },

    SET_DELETE("UpdateItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String id = persisted(h, tag);
            return new Scenario(em -> em.find(Account.class, id).orElseThrow().getRoles().remove("admin"),
                    applied -> assertEquals(applied ? Set.of("user") : Set.of("admin", "user"),
                            Set.copyOf(h.item("fa", id).get("roles").ss())));
        }
    },

    INDEX_KEY_MOVE("UpdateItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String id = persisted(h, tag);
            return new Scenario(em -> em.find(Account.class, id).orElseThrow().setRegion("south"), applied -> {
                Map<String, AttributeValue> item = h.item("fa", id);
                assertEquals(applied ? "south" : "north", item.get("region").s());
                assertEquals(applied, item.get("_gsi1_pk").s().endsWith("south"), "the index key moved with the region");
            });
        }
    },

    UNIQUE_SWAP("TransactWriteItems") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String id = persisted(h, tag);
            String old = "a-" + tag + "@example.com";
            String fresh = "b-" + tag + "@example.com";
            return new Scenario(em -> em.find(Account.class, id).orElseThrow().setEmail(fresh), applied -> {
                assertEquals(applied ? fresh : old, h.item("fa", id).get("email").s());
                assertEquals(applied, h.raw.get(emailKey(fresh), "_raft_uc") != null, "the new value is claimed when applied");
                assertEquals(!applied, h.raw.get(emailKey(old), "_raft_uc") != null, "the old value is released when applied");
            });
        }
    },

    REMOVE_WITH_UNIQUE("TransactWriteItems") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String id = persisted(h, tag);
            return new Scenario(em -> em.remove(em.find(Account.class, id).orElseThrow()), applied -> {
                assertEquals(!applied, h.item("fa", id) != null);
                assertEquals(!applied, h.raw.get(emailKey("a-" + tag + "@example.com"), "_raft_uc") != null);
            });
        }
    },

    REMOVE_WITHOUT_UNIQUE("DeleteItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String id = meter(h, tag);
            return new Scenario(em -> em.remove(em.find(Meter.class, id).orElseThrow()),
                    applied -> assertEquals(!applied, h.item("fm", id) != null));
        }
    },

    TRANSACTION("TransactWriteItems") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String accountId = persisted(h, tag);
            Meter meter = new Meter();
            meter.setNote("in transaction " + tag);
            return new Scenario(em -> {
                Account account = em.find(Account.class, accountId).orElseThrow();
                account.login();
                em.transaction(tx -> {
                    tx.persist(meter);
                    tx.save(account);
                });
            }, applied -> {
                assertEquals(applied ? "1" : "0", h.item("fa", accountId).get("logins").n());
                assertEquals(applied, meter.getMeterId() != null && h.item("fm", meter.getMeterId()) != null);
            });
        }
    },

    LINK("PutItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            Ref<Post> post = Ref.to(Post.class, "post-" + tag);
            Ref<Tag> label = Ref.to(Tag.class, "tag-" + tag);
            return new Scenario(em -> em.link(PostTag.class, post, label),
                    applied -> assertEquals(applied ? 1 : 0, linkItems(h, tag), "the mapping item exists exactly when applied"));
        }
    },

    BULK_UPSERT("BatchWriteItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            Meter first = new Meter();
            first.setNote("bulk " + tag);
            Meter second = new Meter();
            second.setNote("bulk " + tag);
            return new Scenario(em -> em.upsertAll(List.of(first, second)), applied -> {
                for (Meter meter : List.of(first, second)) {
                    assertEquals(applied, meter.getMeterId() != null && h.item("fm", meter.getMeterId()) != null,
                            "the meter is stored exactly when applied");
                }
            });
        }
    },

    BULK_REMOVE("BatchWriteItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            String first = meter(h, tag + "-1");
            String second = meter(h, tag + "-2");
            return new Scenario(em -> em.removeAll(Meter.class, List.of(first, second)), applied -> {
                assertEquals(!applied, h.item("fm", first) != null);
                assertEquals(!applied, h.item("fm", second) != null);
            });
        }
    },

    UNLINK("DeleteItem") {
        @Override
        Scenario prepare(FaultHarness h, String tag) {
            Ref<Post> post = Ref.to(Post.class, "post-" + tag);
            Ref<Tag> label = Ref.to(Tag.class, "tag-" + tag);
            h.clean(em -> em.link(PostTag.class, post, label));
            return new Scenario(em -> em.unlink(PostTag.class, post, label),
                    applied -> assertEquals(applied ? 0 : 1, linkItems(h, tag), "the mapping item is gone exactly when applied"));
        }
    };

    private final String operation;

    WritePath(String operation) {
        this.operation = operation;
    }

    /** The DynamoDB operation the write sends (the one faults are injected into). */
    String operation() {
        return operation;
    }

    /** Writes the starting items (no faults) and returns the scenario. */
    abstract Scenario prepare(FaultHarness h, String tag);

    /**
     * One write and the check of its effect.
     *
     * @param write the write, run in a fresh entity manager (flushed when it returns)
     * @param check asserts what is stored: the write applied exactly once ({@code true}) or not at all
     */
    record Scenario(Consumer<BaoEntityManager> write, Consumer<Boolean> check) {
    }

    static Account account(String tag) {
        Account account = new Account();
        account.setEmail("a-" + tag + "@example.com");
        account.setRegion("north");
        account.setNickname("first");
        account.setRoles(new LinkedHashSet<>(List.of("admin", "user")));
        return account;
    }

    static String persisted(FaultHarness h, String tag) {
        Account account = account(tag);
        h.clean(em -> em.persist(account));
        return account.getAccountId();
    }

    static String meter(FaultHarness h, String tag) {
        Meter meter = new Meter();
        meter.setNote("first");
        meter.setLabels(new LinkedHashSet<>(List.of("a")));
        h.clean(em -> em.persist(meter));
        return meter.getMeterId();
    }

    static String emailKey(String email) {
        return "_raft_uc#_uc1#fa#email:" + email;
    }

    static int linkItems(FaultHarness h, String tag) {
        return h.raw.get("pt#post-" + tag, "tag-" + tag) == null ? 0 : 1;
    }
}
