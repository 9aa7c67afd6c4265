/** Hashing shared by the features: receipts, ballot chains, lots, bank-statement fingerprints. */
package org.ridercoop.platform.crypto;
