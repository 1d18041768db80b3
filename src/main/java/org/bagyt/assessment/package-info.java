/** Structured professional judgement instruments, assessments, countersigning and review schedule. */
package org.bagyt.assessment;
