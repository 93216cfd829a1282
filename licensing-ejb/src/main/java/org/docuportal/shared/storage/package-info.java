/**
 * Where the portal keeps the files people upload or the portal makes from them (posters, the
 * encrypted HLS sets and their keys), behind one interface: {@link org.docuportal.shared.storage.FileStore}.
 *
 * <p>The embedded default and a single server keep them in local folders
 * ({@link org.docuportal.shared.storage.LocalFolderStore}); several servers can later share an
 * object store by implementing the same interface, without the catalog or the player changing.
 */
package org.docuportal.shared.storage;
