package org.ridercoop.platform.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Lets the application deploy while MariaDB is unreachable. Payara creates an EntityManager while it deploys,
 * and EclipseLink's login then opens one connection to check that it can; without a database that fails the
 * whole deployment. This customizer (persistence.xml, {@code eclipselink.session.customizer}) answers that one
 * check with a stand-in connection that can do nothing but describe MariaDB. Every real use afterwards goes
 * through the container's pool, which reports the outage (503) until the database is back.
 */
public class StartWithoutDatabase implements SessionCustomizer {
    private static final Logger LOG = Logger.getLogger(StartWithoutDatabase.class.getName());

    @Override
    public void customize(Session session) {
        AtomicBoolean loggedIn = new AtomicBoolean();
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postLogin(SessionEvent event) {
                loggedIn.set(true);
            }
        });
        tolerate(session.getDatasourceLogin(), loggedIn);
        if (session instanceof ServerSession server) {
            // the pools hold logins of their own, made before this customizer runs
            server.getConnectionPools().values().forEach(pool -> tolerate(pool.getLogin(), loggedIn));
            if (server.getReadConnectionPool() != null) {
                tolerate(server.getReadConnectionPool().getLogin(), loggedIn);
            }
        }
    }

    private static void tolerate(Login login, AtomicBoolean loggedIn) {
        if (login instanceof DatabaseLogin database && !(database.getConnector() instanceof TolerantConnector)) {
            database.setConnector(new TolerantConnector(database.getConnector(), loggedIn));
        }
    }

    static final class TolerantConnector implements Connector {
        private static final long serialVersionUID = 1L;
        private final Connector delegate;
        private final transient AtomicBoolean loggedIn;

        TolerantConnector(Connector delegate, AtomicBoolean loggedIn) {
            this.delegate = delegate;
            this.loggedIn = loggedIn;
        }

        @Override
        public Connection connect(Properties properties, Session session) {
            try {
                return delegate.connect(properties, session);
            } catch (DatabaseException e) {
                if (loggedIn.get()) {
                    throw e; // after the start, an outage is reported, not hidden
                }
                LOG.warning("database unreachable while the application starts; it will connect when the database is back");
                return standIn();
            }
        }

        @Override
        public Object clone() {
            return new TolerantConnector((Connector) delegate.clone(), loggedIn);
        }

        @Override
        public void toString(PrintWriter writer) {
            delegate.toString(writer);
        }

        @Override
        public String getConnectionDetails() {
            return delegate.getConnectionDetails();
        }
    }

    /** A closed connection that knows only which database it stands for. */
    static Connection standIn() {
        InvocationHandler metaData = (proxy, method, args) -> switch (method.getName()) {
            case "getDatabaseProductName" -> "MariaDB";
            case "getDatabaseProductVersion" -> "11.4.0-MariaDB";
            case "getDriverName" -> "MariaDB Connector/J";
            case "getDriverVersion" -> "3.5.0";
            case "getDatabaseMajorVersion" -> 11;
            case "getDatabaseMinorVersion" -> 4;
            case "toString" -> "stand-in metadata";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw unavailable();
        };
        DatabaseMetaData standInMetaData = (DatabaseMetaData) Proxy.newProxyInstance(
                StartWithoutDatabase.class.getClassLoader(), new Class<?>[] {DatabaseMetaData.class}, metaData);
        InvocationHandler connection = (proxy, method, args) -> switch (method.getName()) {
            case "getMetaData" -> standInMetaData;
            case "isClosed" -> true;
            case "isValid" -> false;
            case "close" -> null;
            case "getAutoCommit" -> true;
            case "getWarnings" -> null;
            case "clearWarnings" -> null;
            case "toString" -> "stand-in connection (database unreachable at start)";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw unavailable();
        };
        return (Connection) Proxy.newProxyInstance(StartWithoutDatabase.class.getClassLoader(),
                new Class<?>[] {Connection.class}, connection);
    }

    private static SQLException unavailable() {
        return new SQLTransientConnectionException("the database was unreachable when the application started", "08001");
    }
}
