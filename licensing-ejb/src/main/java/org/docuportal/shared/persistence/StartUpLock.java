package org.docuportal.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Serializes start-up work across servers that start at the same moment on one database: the
 * caller's transaction locks the single row of {@code start_up_lock} (V26) and keeps it until it
 * ends, so a second server's demo data loader or administrator bootstrap waits and then finds what
 * the first one wrote, instead of both inserting and one failing on a unique key.
 *
 * <p>A row lock rather than PostgreSQL's advisory locks: it works the same on the embedded H2. Taken
 * with an UPDATE that changes nothing, as {@code lockStaffChanges} does: EclipseLink runs a native read
 * on a connection of its own, whose lock would end with the statement, while a write goes to the
 * transaction's connection. It must be called inside a transaction; the lock ends with it.
 */
@ApplicationScoped
public class StartUpLock {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Waits until no other server's start-up transaction holds the lock, then holds it until this transaction ends. */
    public void hold() {
        em.createNativeQuery("UPDATE start_up_lock SET name = name WHERE name = 'start-up'").executeUpdate();
    }
}
