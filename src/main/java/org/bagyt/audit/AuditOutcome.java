package org.bagyt.audit;

/** How the audited attempt ended: done, refused by a rule or a permission, or failed. */
public enum AuditOutcome { SUCCESS, DENIED, FAILED }
