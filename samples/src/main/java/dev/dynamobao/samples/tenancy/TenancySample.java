package dev.dynamobao.samples.tenancy;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.MultiTenancy;
import dev.dynamobao.Tenant;
import dev.dynamobao.samples.SampleDatabase;
import java.io.PrintStream;

/**
 * Multi-tenancy: two tenants store a customer with the same id and e-mail; each sees only its
 * own. Keys are prefixed with {@code [tenant]#} (LAYOUT.md §11).
 */
public final class TenancySample {

    private TenancySample() {
    }

    /** Runs the sample. */
    public static void main(String[] args) {
        try (SampleDatabase database = SampleDatabase.open();
             BaoEntityManagerFactory bao = database.configure().entities(Customer.class)
                     .multiTenancy(MultiTenancy.enabled().build()).build()) {
            run(bao, System.out);
        }
    }

    /** The sample itself, printing to {@code out}. */
    public static void run(BaoEntityManagerFactory bao, PrintStream out) {
        for (String tenant : new String[] {"acme", "globex"}) {
            Tenant.run(tenant, () -> {
                try (BaoEntityManager em = bao.createEntityManager()) {
                    if (em.find(Customer.class, "c-1").isEmpty()) {
                        em.persist(new Customer("c-1", "owner@" + tenant + ".example"));
                    }
                }
            });
        }
        for (String tenant : new String[] {"acme", "globex"}) {
            String email = Tenant.call(tenant, () -> {
                try (BaoEntityManager em = bao.createEntityManager()) {
                    return em.find(Customer.class, "c-1").orElseThrow().getEmail();
                }
            });
            out.println("Tenant " + tenant + " sees customer c-1 with " + email);
        }
    }
}
