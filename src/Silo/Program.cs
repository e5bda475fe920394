// Silo host: Orleans + PostgreSQL storage + Hangfire server. Filled in by the foundation work.
return 0;
