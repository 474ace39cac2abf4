package com.tierline.notification.service;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Mail goes out on Spring's task executor. In the demo profile (and so in the tests) a real SMTP server, GreenMail,
 * runs inside the application and receives every mail; elsewhere {@code spring.mail.*} names the real server.
 */
@Configuration
@EnableAsync
class MailConfiguration implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    /**
     * A mail left for a later attempt ends its @Async dispatch with MailNotSentYet on purpose (so its publication
     * stays incomplete); that is logged as the warning MailDispatch already wrote, not as an unexpected error. The
     * executor stays Spring Boot's.
     */
    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        SimpleAsyncUncaughtExceptionHandler others = new SimpleAsyncUncaughtExceptionHandler();
        return (failure, method, arguments) -> {
            if (failure instanceof MailDispatch.MailNotSentYet) {
                log.debug(failure.getMessage());
            } else {
                others.handleUncaughtException(failure, method, arguments);
            }
        };
    }

    @Configuration
    @Profile("demo")
    static class EmbeddedMailServer {

        /** Port 0 takes a free port (the tests do, so that cached contexts do not collide). */
        @Bean(initMethod = "start", destroyMethod = "stop")
        GreenMail embeddedSmtpServer(@Value("${tierline.mail.embedded-smtp-port}") int port) {
            ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            return new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
        }

        @Bean
        JavaMailSender embeddedSmtpSender(GreenMail server) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(server.getSmtp().getPort());
            sender.setDefaultEncoding("UTF-8");
            log.info("Demo mail goes to the embedded SMTP server on port {}", server.getSmtp().getPort());
            return sender;
        }
    }
}
