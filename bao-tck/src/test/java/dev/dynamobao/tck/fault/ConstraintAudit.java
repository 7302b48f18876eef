package dev.dynamobao.tck.fault;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Counts, over every stored item, the unique-constraint items of {@link Account} emails that
 * point at no account holding that email (orphans) and the accounts whose email has no
 * constraint item pointing back (missing).
 *
 * @param accounts the accounts stored
 * @param orphans constraint items without their account
 * @param missing accounts without their constraint item
 */
record ConstraintAudit(int accounts, int orphans, int missing) {

    static ConstraintAudit of(List<Map<String, AttributeValue>> items) {
        Map<String, String> emailOfAccount = new HashMap<>();
        Map<String, String> ownerOfEmail = new HashMap<>();
        for (Map<String, AttributeValue> item : items) {
            String pk = item.get("_pk").s();
            if (pk.startsWith("fa#") && item.get("_sk").s().equals("fa")) {
                emailOfAccount.put(pk.substring(3), item.get("email").s());
            } else if (pk.startsWith("_raft_uc#_uc1#fa#email:")) {
                ownerOfEmail.put(pk.substring("_raft_uc#_uc1#fa#email:".length()), item.get("relatedId").s());
            }
        }
        int orphans = 0;
        for (Map.Entry<String, String> constraint : ownerOfEmail.entrySet()) {
            if (!constraint.getKey().equals(emailOfAccount.get(constraint.getValue()))) {
                orphans++;
            }
        }
        int missing = 0;
        for (Map.Entry<String, String> account : emailOfAccount.entrySet()) {
            if (!account.getKey().equals(ownerOfEmail.get(account.getValue()))) {
                missing++;
            }
        }
        return new ConstraintAudit(emailOfAccount.size(), orphans, missing);
    }
}
