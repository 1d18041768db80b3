/** Disengagement programmes matched to assessed needs: referrals, enrolment, attendance and progress. */
package org.bagyt.interventions;
