/**
 * Running several servers behind one address (docs/cluster.md): the start-up check that refuses a
 * clustered server whose configuration would make it disagree with the others (its own token
 * secret, its own database, its own folders), and the shared-storage markers that check the folders.
 */
package org.docuportal.shared.cluster;
