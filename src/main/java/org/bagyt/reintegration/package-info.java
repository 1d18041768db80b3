/** Release plans, handover to probation and partner agencies, and follow-up. */
package org.bagyt.reintegration;
