/** Tamper-evident trail of every read and change to a prisoner's file, with verification of the chain. */
package org.bagyt.audit;
