-- Tessera demo database: a small shop (departments, staff, customers, a catalogue, orders).
--
-- Generated, not shipped: DemoDatabase runs this script once, in one transaction, into a fresh
-- SQLite file, so the binary carries a few kilobytes of text instead of a database.
--
-- Rules for editing this file (DemoDatabase splits it without a SQL parser):
--   * a statement ends at a line whose last character is ';' — nowhere else may a line end in ';'
--   * no triggers (their bodies contain ';'), no BEGIN/COMMIT (the loader owns the transaction)
--   * deterministic data only: no random numbers, no 'now'; the tests check the counts below
--   * must run on SQLite 3.40 (Debian 12)
--
-- Row counts: departments 6, employees 40, customers 500, categories 8, products 100,
--             orders 2000, order_items 5000.

PRAGMA user_version = 1;

-- Word lists used to build names; TEMP tables vanish when the loader closes the file.
CREATE TEMP TABLE first_names (i INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO first_names (i, name) VALUES
    (0, 'Anna'), (1, 'Ben'), (2, 'Chiara'), (3, 'David'), (4, 'Elif'), (5, 'Farid'),
    (6, 'Greta'), (7, 'Hugo'), (8, 'Ines'), (9, 'Jonas'), (10, 'Kaja'), (11, 'Luca'),
    (12, 'Maja'), (13, 'Nils'), (14, 'Olga'), (15, 'Pablo'), (16, 'Rosa'), (17, 'Sami'),
    (18, 'Tereza'), (19, 'Viktor');

CREATE TEMP TABLE last_names (i INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO last_names (i, name) VALUES
    (0, 'Andersen'), (1, 'Bauer'), (2, 'Costa'), (3, 'Dubois'), (4, 'Eriksson'),
    (5, 'Fischer'), (6, 'Garcia'), (7, 'Horvat'), (8, 'Ivanova'), (9, 'Jansen'),
    (10, 'Kowalski'), (11, 'Lindqvist'), (12, 'Moreau'), (13, 'Novak'), (14, 'Oliveira'),
    (15, 'Petrov'), (16, 'Quinn'), (17, 'Rossi'), (18, 'Schmidt'), (19, 'Tamm'),
    (20, 'Ursu'), (21, 'Virtanen'), (22, 'Weber'), (23, 'Yilmaz'), (24, 'Zielinski');

CREATE TEMP TABLE cities (i INTEGER PRIMARY KEY, city TEXT NOT NULL, country TEXT NOT NULL);
INSERT INTO cities (i, city, country) VALUES
    (0, 'Berlin', 'Germany'), (1, 'Munich', 'Germany'), (2, 'Paris', 'France'),
    (3, 'Lyon', 'France'), (4, 'Madrid', 'Spain'), (5, 'Valencia', 'Spain'),
    (6, 'Milan', 'Italy'), (7, 'Warsaw', 'Poland'), (8, 'Vienna', 'Austria'),
    (9, 'Amsterdam', 'Netherlands'), (10, 'Tallinn', 'Estonia'), (11, 'Lisbon', 'Portugal');

CREATE TEMP TABLE adjectives (i INTEGER PRIMARY KEY, word TEXT NOT NULL);
INSERT INTO adjectives (i, word) VALUES
    (0, 'Classic'), (1, 'Compact'), (2, 'Deluxe'), (3, 'Eco'), (4, 'Everyday'),
    (5, 'Heavy-duty'), (6, 'Mini'), (7, 'Pro'), (8, 'Recycled'), (9, 'Smart'),
    (10, 'Travel'), (11, 'Ultra'), (12, 'Vintage');

-- ---------------------------------------------------------------------------------------------
-- Schema

CREATE TABLE departments (
    department_id INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    location      TEXT NOT NULL
);

CREATE TABLE employees (
    employee_id   INTEGER PRIMARY KEY,
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    department_id INTEGER NOT NULL REFERENCES departments (department_id),
    manager_id    INTEGER REFERENCES employees (employee_id),
    hired_on      TEXT NOT NULL,                -- ISO 8601 date
    salary        NUMERIC NOT NULL CHECK (salary > 0)
);

CREATE TABLE customers (
    customer_id   INTEGER PRIMARY KEY,
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    city          TEXT NOT NULL,
    country       TEXT NOT NULL,
    segment       TEXT NOT NULL CHECK (segment IN ('consumer', 'business', 'public')),
    created_at    TEXT NOT NULL                 -- ISO 8601 date
);

CREATE TABLE categories (
    category_id   INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    item          TEXT NOT NULL                 -- the noun its products are named after
);

CREATE TABLE products (
    product_id    INTEGER PRIMARY KEY,
    sku           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    category_id   INTEGER NOT NULL REFERENCES categories (category_id),
    unit_price    NUMERIC NOT NULL CHECK (unit_price > 0),
    discontinued  INTEGER NOT NULL DEFAULT 0 CHECK (discontinued IN (0, 1))
);

CREATE TABLE orders (
    order_id      INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (customer_id),
    employee_id   INTEGER NOT NULL REFERENCES employees (employee_id),
    ordered_at    TEXT NOT NULL,                -- ISO 8601 date and time, UTC
    status        TEXT NOT NULL
                  CHECK (status IN ('new', 'paid', 'shipped', 'delivered', 'cancelled')),
    shipped_on    TEXT                          -- NULL until shipped
);

CREATE TABLE order_items (
    order_item_id INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    product_id    INTEGER NOT NULL REFERENCES products (product_id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    unit_price    NUMERIC NOT NULL CHECK (unit_price > 0),
    UNIQUE (order_id, product_id)
);

-- ---------------------------------------------------------------------------------------------
-- Data

INSERT INTO departments (department_id, name, location) VALUES
    (1, 'Sales', 'Hamburg'), (2, 'Support', 'Lyon'), (3, 'Engineering', 'Tallinn'),
    (4, 'Finance', 'Porto'), (5, 'Marketing', 'Krakow'), (6, 'Logistics', 'Rotterdam');

-- Employees 1..6 head the departments (1 also runs the company); everyone else reports to the
-- head of their department. (n*3 mod 20, n*7 mod 25) repeats only every 100 rows, so names
-- and e-mail addresses are unique.
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40)
INSERT INTO employees (employee_id, first_name, last_name, email, department_id, manager_id,
                       hired_on, salary)
SELECT n, f.name, l.name,
       lower(f.name || '.' || l.name) || '@shop.example',
       (n - 1) % 6 + 1,
       CASE WHEN n = 1 THEN NULL WHEN n <= 6 THEN 1 ELSE (n - 1) % 6 + 1 END,
       date('2012-03-01', '+' || (n * 97 % 3650) || ' days'),
       CASE WHEN n <= 6 THEN 90000 + n * 2500 ELSE 38000 + (n * 1237 % 30000) END
FROM seq
JOIN first_names f ON f.i = n * 3 % 20
JOIN last_names l ON l.i = n * 7 % 25;

-- (n mod 20, n/20 mod 25) is a different pair for every n in 1..500: unique names and e-mails.
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 500)
INSERT INTO customers (customer_id, first_name, last_name, email, city, country, segment,
                       created_at)
SELECT n, f.name, l.name,
       lower(f.name || '.' || l.name) || '@' ||
           CASE n % 4 WHEN 0 THEN 'mail.example' WHEN 1 THEN 'post.example'
                      WHEN 2 THEN 'inbox.example' ELSE 'web.example' END,
       c.city, c.country,
       CASE WHEN n % 10 = 0 THEN 'public' WHEN n % 3 = 0 THEN 'business' ELSE 'consumer' END,
       date('2021-01-01', '+' || (n * 3 % 730) || ' days')
FROM seq
JOIN first_names f ON f.i = n % 20
JOIN last_names l ON l.i = n / 20 % 25
JOIN cities c ON c.i = (n * 7) % 12;

INSERT INTO categories (category_id, name, item) VALUES
    (1, 'Stationery', 'Notebook'), (2, 'Office', 'Desk Lamp'), (3, 'Kitchen', 'Kettle'),
    (4, 'Garden', 'Watering Can'), (5, 'Electronics', 'Headphones'), (6, 'Outdoor', 'Backpack'),
    (7, 'Toys', 'Puzzle'), (8, 'Books', 'Atlas');

-- Product n is in category (n-1) mod 8 + 1 and takes adjective (n-1)/8: unique names.
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 100)
INSERT INTO products (product_id, sku, name, category_id, unit_price, discontinued)
SELECT n, printf('SKU-%04d', n), a.word || ' ' || c.item, c.category_id,
       round(2.5 + (n * 37 % 190) + (n * 13 % 100) / 100.0, 2),
       CASE WHEN n % 17 = 0 THEN 1 ELSE 0 END
FROM seq
JOIN categories c ON c.category_id = (n - 1) % 8 + 1
JOIN adjectives a ON a.i = (n - 1) / 8;

-- Two years of orders in id order. Sales staff (department 1: employees 1, 7, ... 37) take
-- them in turn; the customer formula is uneven on purpose, so some customers never ordered.
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 2000),
placed(n, at) AS (
    SELECT n, datetime('2023-01-01', '+' || (n * 730 / 2000) || ' days',
                       '+' || (28800 + n * 7919 % 36000) || ' seconds')
    FROM seq
),
judged(n, at, status) AS (
    SELECT n, at,
           CASE WHEN n % 23 = 0 THEN 'cancelled'
                WHEN n > 1990 THEN 'new'
                WHEN n > 1975 THEN 'paid'
                WHEN n > 1950 THEN 'shipped'
                ELSE 'delivered' END
    FROM placed
)
INSERT INTO orders (order_id, customer_id, employee_id, ordered_at, status, shipped_on)
SELECT n,
       (n * 37 + n * n % 97) % 500 + 1,
       n % 7 * 6 + 1,
       at,
       status,
       CASE WHEN status IN ('shipped', 'delivered')
            THEN date(at, '+' || (1 + n % 5) || ' days') END
FROM judged;

-- 5000 lines: orders 1..1000 get three, 1001..2000 get two. For order o the k-th line takes
-- product (7o + 13k) mod 100 + 1, distinct for k = 0, 1, 2. Every tenth order has 10 % off.
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 5000),
line(n, order_id, k) AS (SELECT n, (n - 1) % 2000 + 1, (n - 1) / 2000 FROM seq)
INSERT INTO order_items (order_item_id, order_id, product_id, quantity, unit_price)
SELECT line.n, line.order_id, p.product_id,
       1 + line.n * 17 % 5,
       CASE WHEN line.order_id % 10 = 0 THEN round(p.unit_price * 0.9, 2) ELSE p.unit_price END
FROM line
JOIN products p ON p.product_id = (line.order_id * 7 + line.k * 13) % 100 + 1;

-- ---------------------------------------------------------------------------------------------
-- Indexes and views

CREATE INDEX employees_department_idx ON employees (department_id);
CREATE INDEX employees_manager_idx ON employees (manager_id);
CREATE INDEX customers_country_city_idx ON customers (country, city);
CREATE INDEX products_category_idx ON products (category_id);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_employee_idx ON orders (employee_id);
CREATE INDEX orders_ordered_at_idx ON orders (ordered_at);
CREATE INDEX order_items_product_idx ON order_items (product_id);

CREATE VIEW order_totals AS
SELECT o.order_id, o.customer_id, o.ordered_at, o.status,
       count(*) AS line_count,
       sum(i.quantity) AS item_count,
       round(sum(i.quantity * i.unit_price), 2) AS total
FROM orders o
JOIN order_items i ON i.order_id = o.order_id
GROUP BY o.order_id;

CREATE VIEW customer_revenue AS
SELECT c.customer_id, c.first_name || ' ' || c.last_name AS customer, c.country,
       count(t.order_id) AS orders,
       coalesce(round(sum(t.total), 2), 0) AS revenue
FROM customers c
LEFT JOIN order_totals t ON t.customer_id = c.customer_id AND t.status <> 'cancelled'
GROUP BY c.customer_id;

CREATE VIEW monthly_sales AS
SELECT strftime('%Y-%m', ordered_at) AS month,
       count(*) AS orders,
       round(sum(total), 2) AS revenue
FROM order_totals
WHERE status <> 'cancelled'
GROUP BY month;

-- Statistics for the query planner, so EXPLAIN shows the plans a real database would get.
ANALYZE;
