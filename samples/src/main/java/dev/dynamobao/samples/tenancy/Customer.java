package dev.dynamobao.samples.tenancy;

import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A customer record of one tenant; ids and e-mails are only unique within a tenant. */
@Entity
@Model(prefix = "cu", iterable = true, iterationBuckets = 4)
@Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
public class Customer {

    @Id
    private String customerId;
    private String email;

    /** For DynamoBao. */
    protected Customer() {
    }

    /** A new customer. */
    public Customer(String customerId, String email) {
        this.customerId = customerId;
        this.email = email;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getEmail() {
        return email;
    }
}
