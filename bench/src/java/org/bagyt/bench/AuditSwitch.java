package org.bagyt.bench;

import java.util.concurrent.atomic.AtomicBoolean;
import org.aopalliance.intercept.MethodInterceptor;
import org.bagyt.audit.AuditTrail;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * For the benchmark only: lets it turn the recording of audit events off and on in a running Bagyt, so
 * that whole requests (security, session, page or JSON) can be timed with and without their audit event.
 * Bagyt itself has no such switch: it would be a way to hide what someone did.
 */
final class AuditSwitch implements BeanPostProcessor {

  static final AtomicBoolean RECORDING = new AtomicBoolean(true);

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (!(bean instanceof AuditTrail)) {
      return bean;
    }
    var proxy = new ProxyFactory(bean);
    proxy.setProxyTargetClass(true);
    proxy.addAdvice((MethodInterceptor) call ->
        RECORDING.get() || !call.getMethod().getName().equals("record") ? call.proceed() : null);
    return proxy.getProxy();
  }
}
