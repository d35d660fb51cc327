--
-- PostgreSQL database dump
--

\restrict pgFJmJeNztEZhdsSlUEyACeXBDkSKGLJn0WvXc0QQsGTkIBI9dQE3ygiJqaEOIQ

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: caseline_case_changed(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.caseline_case_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ DECLARE changed BIGINT; BEGIN IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD) ->> TG_ARGV[0]; ELSE changed := to_jsonb(NEW) ->> TG_ARGV[0]; END IF; IF changed IS NOT NULL THEN INSERT INTO case_changes (case_id, changed_at) VALUES (changed, to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')); PERFORM pg_notify('caseline_changes', changed::text); END IF; RETURN NULL; END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: audit_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_head (
    id integer NOT NULL,
    seq bigint NOT NULL,
    hash text NOT NULL,
    CONSTRAINT audit_head_id_check CHECK ((id = 1))
);


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    seq bigint NOT NULL,
    at text NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    case_id bigint,
    payload_digest text NOT NULL,
    previous_hash text NOT NULL,
    hash text NOT NULL
);


--
-- Name: audit_log_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_log_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_log_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_log_seq_seq OWNED BY public.audit_log.seq;


--
-- Name: case_alerts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_alerts (
    case_id bigint NOT NULL,
    alert_key text NOT NULL,
    rule_id text NOT NULL,
    severity text NOT NULL,
    order_id text NOT NULL,
    summary text NOT NULL,
    found_at text NOT NULL
);


--
-- Name: case_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_changes (
    seq bigint NOT NULL,
    case_id bigint NOT NULL,
    changed_at text NOT NULL
);


--
-- Name: case_changes_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.case_changes_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: case_changes_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.case_changes_seq_seq OWNED BY public.case_changes.seq;


--
-- Name: case_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_entries (
    id bigint NOT NULL,
    case_id bigint NOT NULL,
    at text NOT NULL,
    kind text NOT NULL,
    actor text NOT NULL,
    summary text NOT NULL,
    detail text DEFAULT ''::text NOT NULL
);


--
-- Name: case_entries_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.case_entries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: case_entries_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.case_entries_id_seq OWNED BY public.case_entries.id;


--
-- Name: case_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_links (
    case_id bigint NOT NULL,
    kind text NOT NULL,
    ref text NOT NULL
);


--
-- Name: cases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cases (
    id bigint NOT NULL,
    customer_id text NOT NULL,
    customer_language text NOT NULL,
    subject text NOT NULL,
    status text NOT NULL,
    priority text NOT NULL,
    channel text NOT NULL,
    department text NOT NULL,
    assignee text DEFAULT ''::text NOT NULL,
    sla_due text,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    resolved_at text,
    sla_warn_at text,
    priority_rank smallint GENERATED ALWAYS AS (
CASE priority
    WHEN 'urgent'::text THEN 0
    WHEN 'high'::text THEN 1
    WHEN 'normal'::text THEN 2
    WHEN 'low'::text THEN 3
    ELSE 4
END) STORED,
    status_rank smallint GENERATED ALWAYS AS (
CASE status
    WHEN 'new'::text THEN 0
    WHEN 'open'::text THEN 1
    WHEN 'waiting-on-customer'::text THEN 2
    WHEN 'waiting-on-department'::text THEN 3
    WHEN 'resolved'::text THEN 4
    WHEN 'closed'::text THEN 5
    ELSE 6
END) STORED,
    sla_order text GENERATED ALWAYS AS (COALESCE(sla_due, '9999-12-31T23:59:59Z'::text)) STORED
);


--
-- Name: cases_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cases_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cases_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.cases_id_seq OWNED BY public.cases.id;


--
-- Name: departments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.departments (
    name text NOT NULL,
    title text NOT NULL,
    sla_hours integer NOT NULL
);


--
-- Name: escalations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.escalations (
    id bigint NOT NULL,
    case_id bigint NOT NULL,
    department text NOT NULL,
    reason text NOT NULL,
    priority text NOT NULL,
    due_at text NOT NULL,
    state text NOT NULL,
    opened_by text NOT NULL,
    opened_at text NOT NULL,
    closing_note text DEFAULT ''::text NOT NULL,
    updated_at text NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);


--
-- Name: escalations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.escalations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: escalations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.escalations_id_seq OWNED BY public.escalations.id;


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    id bigint NOT NULL,
    case_id bigint,
    action text NOT NULL,
    system text NOT NULL,
    method text NOT NULL,
    path text NOT NULL,
    body text NOT NULL,
    idempotency_key text NOT NULL,
    state text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at text NOT NULL,
    last_error text DEFAULT ''::text NOT NULL,
    result text DEFAULT ''::text NOT NULL,
    actor text NOT NULL,
    created_at text NOT NULL,
    updated_at text NOT NULL
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.outbox_id_seq OWNED BY public.outbox.id;


--
-- Name: policies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.policies (
    name text NOT NULL,
    value text NOT NULL
);


--
-- Name: refund_approvals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.refund_approvals (
    id bigint NOT NULL,
    case_id bigint NOT NULL,
    order_id text NOT NULL,
    amount bigint NOT NULL,
    currency text NOT NULL,
    reason text NOT NULL,
    requested_by text NOT NULL,
    requested_at text NOT NULL,
    state text NOT NULL,
    decided_by text DEFAULT ''::text NOT NULL,
    decided_at text,
    note text DEFAULT ''::text NOT NULL,
    plan text NOT NULL,
    outbox_id bigint,
    updated_at text NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);


--
-- Name: refund_approvals_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.refund_approvals_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: refund_approvals_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.refund_approvals_id_seq OWNED BY public.refund_approvals.id;


--
-- Name: role_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.role_permissions (
    role text NOT NULL,
    permission text NOT NULL
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    version integer NOT NULL
);


--
-- Name: staff; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.staff (
    name text NOT NULL,
    department text NOT NULL,
    role text NOT NULL,
    login text DEFAULT ''::text NOT NULL
);


--
-- Name: audit_log seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log ALTER COLUMN seq SET DEFAULT nextval('public.audit_log_seq_seq'::regclass);


--
-- Name: case_changes seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_changes ALTER COLUMN seq SET DEFAULT nextval('public.case_changes_seq_seq'::regclass);


--
-- Name: case_entries id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_entries ALTER COLUMN id SET DEFAULT nextval('public.case_entries_id_seq'::regclass);


--
-- Name: cases id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases ALTER COLUMN id SET DEFAULT nextval('public.cases_id_seq'::regclass);


--
-- Name: escalations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escalations ALTER COLUMN id SET DEFAULT nextval('public.escalations_id_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox ALTER COLUMN id SET DEFAULT nextval('public.outbox_id_seq'::regclass);


--
-- Name: refund_approvals id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refund_approvals ALTER COLUMN id SET DEFAULT nextval('public.refund_approvals_id_seq'::regclass);


--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_head VALUES (1, 36, 'de2a483d09ffbaaf151ff43ee190f7693c2ca16ebb6b767d4d07bed90aa14666');


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_log VALUES (1, '2026-11-20T09:00:00Z', 'sofia', 'staff.save', NULL, '652bb2fb2806da176911ae6daebd6bc185cd26ac0466a922922960730c408907', '0000000000000000000000000000000000000000000000000000000000000000', '79f8267c7ed829a86dac1f40cd3c0e361f2cc14b76fea0f170be90b9c58db72c');
INSERT INTO public.audit_log VALUES (2, '2026-11-20T09:00:00Z', 'sofia', 'staff.save', NULL, '97a11651ac25f41a653b85a294039a299d752f926c1fe34728de44670ede31d6', '79f8267c7ed829a86dac1f40cd3c0e361f2cc14b76fea0f170be90b9c58db72c', 'ba3b5e7179e3ab13cb032430322ca5a47bfbfbe517dfe0e9221bd3a2ffe0c39e');
INSERT INTO public.audit_log VALUES (3, '2026-11-20T09:00:00Z', 'sofia', 'staff.save', NULL, '2b293cadf4b86a2ac400815bcbc7503c307bc15eb8861ed3377b9e1b6ee6425f', 'ba3b5e7179e3ab13cb032430322ca5a47bfbfbe517dfe0e9221bd3a2ffe0c39e', 'a1c01c30e3a659576518a407d1cec3438faae6176d421b3314c36cc8bba689c8');
INSERT INTO public.audit_log VALUES (4, '2026-11-20T09:00:00Z', 'sofia', 'staff.save', NULL, 'c861d578902439772e9aa4ec2c8ac79d499bd25a4fde82359305d5aef4e2920e', 'a1c01c30e3a659576518a407d1cec3438faae6176d421b3314c36cc8bba689c8', '7e3a00e1d6347fd546e315ea2712121a3bfbd7a87994e907d91763ce9e2e8ea8');
INSERT INTO public.audit_log VALUES (5, '2026-11-20T09:00:00Z', 'sofia', 'department.save', NULL, 'e01a95653fcaac1ce80e419cda675b9d53719d969606ee20035a8ea9a7cdab52', '7e3a00e1d6347fd546e315ea2712121a3bfbd7a87994e907d91763ce9e2e8ea8', '445b438322aa8b26f2bf1c2306f200429e5ef3b81819db7fff79a9bfe317fd11');
INSERT INTO public.audit_log VALUES (6, '2026-11-20T09:00:00Z', 'lena', 'case.create', 1, 'd3ea0438c601cc1e6586e62d8692251b58c18b8a4e3415d4d2500fbe7d73515e', '445b438322aa8b26f2bf1c2306f200429e5ef3b81819db7fff79a9bfe317fd11', '50b80b7b0a87465ad196ad82bb13ec3b5c1b35831c15ef484176f00ec98c056b');
INSERT INTO public.audit_log VALUES (7, '2026-11-20T09:01:00Z', 'lena', 'case.update', 1, '0a5cf570bd6fe4e53e3f619e9f9b15c315c4e7cf7f73c12f246e11b5149578a7', '50b80b7b0a87465ad196ad82bb13ec3b5c1b35831c15ef484176f00ec98c056b', '162ac7dded4ba7939061adf566ed719df6ffd2d4d9ffa43d748d2a68d2bcc93a');
INSERT INTO public.audit_log VALUES (8, '2026-11-20T09:02:00Z', 'lena', 'case.update', 1, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '162ac7dded4ba7939061adf566ed719df6ffd2d4d9ffa43d748d2a68d2bcc93a', 'f22606c9fcc3d2c875fcb3d03c3535ca9e3c540e578604636d51ac044894121c');
INSERT INTO public.audit_log VALUES (9, '2026-11-20T09:03:00Z', 'lena', 'entry.note', 1, '2b6ffd8075481d5b434ef2c23180814f164a4713a5c816bcf2b63338ef9878b1', 'f22606c9fcc3d2c875fcb3d03c3535ca9e3c540e578604636d51ac044894121c', '21d7c33a3ef39e34d025f22dca78e36acd3f5b13f403645682155cc799d0f0b9');
INSERT INTO public.audit_log VALUES (10, '2026-11-20T09:03:00Z', 'lena', 'entry.contact.inbound', 1, 'eabd7ddc41b6d9a54ae302e8321c24667534116e8981dd30da209612ab46452d', '21d7c33a3ef39e34d025f22dca78e36acd3f5b13f403645682155cc799d0f0b9', '8f5f62e37c4126ed6fd71ca932d1d21d9172087f4b0b1bb2b2cfb2c9af68b708');
INSERT INTO public.audit_log VALUES (11, '2026-11-20T09:03:00Z', 'lena', 'entry.contact.outbound', 1, '465849e4b92a6251d3208524f8bfa66b30dbc6efdf95f052b4abca1a90a6ebe0', '8f5f62e37c4126ed6fd71ca932d1d21d9172087f4b0b1bb2b2cfb2c9af68b708', '317ca24b3ab270a03ad37a2f8e43a58a95bbafded7a92b639902a1b9e48b71c3');
INSERT INTO public.audit_log VALUES (12, '2026-11-20T09:04:00Z', 'lena', 'action.refund', 1, 'b116aa093168711c75f158c912e6872d46c99a416aed88522a24b2f0f1cc0eea', '317ca24b3ab270a03ad37a2f8e43a58a95bbafded7a92b639902a1b9e48b71c3', '362c10486bbbb38b59fde7356d1767441b6070c92fe5517b438995a69fcbb085');
INSERT INTO public.audit_log VALUES (13, '2026-11-20T09:04:00Z', 'lena', 'action.cancel', 1, '00f21e7f97ea64cd71f2c3c26826e03a5d7df39957dbdbb640f3f3ea932ced78', '362c10486bbbb38b59fde7356d1767441b6070c92fe5517b438995a69fcbb085', '0cea1984f660f2a9412d5f4657e5caf61a97538f79a311fdc6659c007f58cdfe');
INSERT INTO public.audit_log VALUES (14, '2026-11-20T09:04:30Z', 'lena', 'case.create', 2, '97d83df416c2c150a043f9f57ab2a294e4e3348afe452bd4d4dfbc8a90b6a0d9', '0cea1984f660f2a9412d5f4657e5caf61a97538f79a311fdc6659c007f58cdfe', 'c19848b7e942bcd2f9a99be999e118d24b14d9f5e1af6873f8628d2d1fe490eb');
INSERT INTO public.audit_log VALUES (15, '2026-11-20T09:05:30Z', 'lena', 'action.refund', 2, '79374ea70a9161a9f3e7660d56713f01890990f464b96db5425b41c7756d01e6', 'c19848b7e942bcd2f9a99be999e118d24b14d9f5e1af6873f8628d2d1fe490eb', 'a3b9bd81d6fe8845b464433fc023fa8cf62d5bb9c1037c597073d9e7c86d8585');
INSERT INTO public.audit_log VALUES (16, '2026-11-20T09:05:30Z', 'lena', 'action.return-label', 2, '522b61a259be253f12a3d010c04cc395272deba7b442355dc1f80b239e92d3b2', 'a3b9bd81d6fe8845b464433fc023fa8cf62d5bb9c1037c597073d9e7c86d8585', '39f4569c2fad420a3722adf2adab38a0d8f929c5ecdb8cf939f345e32a9fba96');
INSERT INTO public.audit_log VALUES (17, '2026-11-20T09:05:30Z', 'lena', 'action.reschedule', 2, 'b159af14e72a98ae3ce485a41376f3db7b9d83b16bd24477dffdb8015115db76', '39f4569c2fad420a3722adf2adab38a0d8f929c5ecdb8cf939f345e32a9fba96', '64d1657752338c397bee7a8b3050c4e0bbb6b4037137be7ba512785d1923f640');
INSERT INTO public.audit_log VALUES (18, '2026-11-20T09:05:30Z', 'lena', 'action.reschedule', 2, 'd132a078fefd9ce2f6cc02e7a7b7e611cc0ce9e2d0d598b63218d203c6fc9a01', '64d1657752338c397bee7a8b3050c4e0bbb6b4037137be7ba512785d1923f640', '45b5625bcb577f131bccb1d1f6e1423466dc7c50a45cd7351f608d49f5d04d1e');
INSERT INTO public.audit_log VALUES (19, '2026-11-20T09:05:30Z', 'lena', 'action.cancel', 2, 'a1b9f419cf0ea77f79b5c4ebd7f5569591fe9a5374dbc889a8b5f32f39a3a9fe', '45b5625bcb577f131bccb1d1f6e1423466dc7c50a45cd7351f608d49f5d04d1e', '393f470c578f5154038875f84b94265a4b5dbe50bb925a5d638bbfb46bcb1595');
INSERT INTO public.audit_log VALUES (20, '2026-11-20T09:05:30Z', 'lena', 'action.replace', 2, '2204d41d0c694ea9fcfd27a1bc64652bb1397a067647e81e8613337aa8d9d199', '393f470c578f5154038875f84b94265a4b5dbe50bb925a5d638bbfb46bcb1595', '59c59f39687a50e5424ae6e80df7408a26682ec0d1d95295d061f90bc81e5d44');
INSERT INTO public.audit_log VALUES (21, '2026-11-20T09:05:30Z', 'lena', 'action.message', 2, '383df47f5c9eec2b8567524efaae4d5cd7ff96c86174f1c474724c2ecc8b2f2b', '59c59f39687a50e5424ae6e80df7408a26682ec0d1d95295d061f90bc81e5d44', '848cf6e0f01ed6216b730b8bb16f9ac796bba06bf6153d87c3d44871610ee122');
INSERT INTO public.audit_log VALUES (22, '2026-11-20T09:06:30Z', 'lena', 'refund.request-approval', 2, 'd2e490523405948830dfce9a1b6c68aa0b24750209893536b9ebc7b6bababb1b', '848cf6e0f01ed6216b730b8bb16f9ac796bba06bf6153d87c3d44871610ee122', '830cfa3058a72a4e421dcf58d9e196913b538f90ed3a3e03ea3d0813b7ca7cb3');
INSERT INTO public.audit_log VALUES (23, '2026-11-20T09:06:30Z', 'lena', 'refund.request-approval', 2, 'f5b3f7ed5d4e608f392fc3beb7f66d0dda1e366ea7a98e1416aff10db43d027e', '830cfa3058a72a4e421dcf58d9e196913b538f90ed3a3e03ea3d0813b7ca7cb3', 'b3453f3d84286be2c6adf4606f16c9a7a3fe7f97029b4d1988762fe7f7f82115');
INSERT INTO public.audit_log VALUES (24, '2026-11-20T09:06:30Z', 'lena', 'refund.request-approval', 2, '9d9919baa75c901b3c7c891f54ed56c3f242a83ae7462a7252873d06f4b843b4', 'b3453f3d84286be2c6adf4606f16c9a7a3fe7f97029b4d1988762fe7f7f82115', '87a459e38fd6279fd378da4b05c87ff4f964939a81f14dfcc35b95ca6e7c9167');
INSERT INTO public.audit_log VALUES (25, '2026-11-20T09:07:30Z', 'sofia', 'action.refund', 2, '7dc76dc4ab1ab199a62baf488ece008a7536ff9b5f2b5ea8aad98aa47726a4fa', '87a459e38fd6279fd378da4b05c87ff4f964939a81f14dfcc35b95ca6e7c9167', 'e479bd499cf50ec74eb8a5fd87b8451f11de6049a21777a174dab5772830dfa3');
INSERT INTO public.audit_log VALUES (26, '2026-11-20T09:07:30Z', 'sofia', 'refund.approved', 2, '53c234e5e8472b6ac51c1ae1cab3fe06fad053beb8ebfd8977b010655bfdd3c3', 'e479bd499cf50ec74eb8a5fd87b8451f11de6049a21777a174dab5772830dfa3', '179e2d348abca086704408eda95bde2b9dbc2e2391fc23e877eb4d697199053c');
INSERT INTO public.audit_log VALUES (27, '2026-11-20T09:07:30Z', 'sofia', 'refund.rejected', 2, '64a82b269704315adad51019eb2566fe8bdbbea524beaa15879fb24a74fa8976', '179e2d348abca086704408eda95bde2b9dbc2e2391fc23e877eb4d697199053c', '782a8b97b38b53ffe78cdf9e0242e2416b8f25ecf9d90b1a61cfb22244592e70');
INSERT INTO public.audit_log VALUES (28, '2026-11-20T09:08:30Z', 'lena', 'escalation.open', 1, '02c0fae2e35be022fcb0f4a95c7fdee1fbfd9e6c7449b44bedfdbf5a83569d1a', '782a8b97b38b53ffe78cdf9e0242e2416b8f25ecf9d90b1a61cfb22244592e70', '99daf156d81d366c6eaa0cd1d6792eb81babeb85000e3407dcfd39bc77761a93');
INSERT INTO public.audit_log VALUES (29, '2026-11-20T09:09:30Z', 'sofia', 'escalation.accepted', 1, '0fc5165686190ca845407c03ad4572e801265487ce3d352487f32016af34ed05', '99daf156d81d366c6eaa0cd1d6792eb81babeb85000e3407dcfd39bc77761a93', '08da3d7720ccfd387177178fa534eaaa851847b183bc55a9b79115e8df7bd578');
INSERT INTO public.audit_log VALUES (30, '2026-11-20T09:10:30Z', 'sofia', 'escalation.resolved', 1, '160d4015ae13fae653b2667c819b58b020c3dfad836200c6360049d71d2cabcb', '08da3d7720ccfd387177178fa534eaaa851847b183bc55a9b79115e8df7bd578', '150371d3c4a4ffaf59858580eeff1563799e7456ddbc980f9d5276c4cd3f7a66');
INSERT INTO public.audit_log VALUES (31, '2026-11-20T09:10:30Z', 'lena', 'escalation.open', 1, '8b0bc9d27cced9a53faf6838a6d59df004e49bcd40ff26a9adcca88cc84817dd', '150371d3c4a4ffaf59858580eeff1563799e7456ddbc980f9d5276c4cd3f7a66', 'ac47b96fab8180900f55928608b29faaf4ba4a1d7af50ec8d567aa00f00b987f');
INSERT INTO public.audit_log VALUES (32, '2026-11-20T09:11:30Z', 'ines', 'escalation.returned', 1, '23aaaf36c4495c210d2eb856308607dc51e76ff61413cf9f75243f6b89865e9e', 'ac47b96fab8180900f55928608b29faaf4ba4a1d7af50ec8d567aa00f00b987f', '1d311d473b1ea74c9318efd622894d3906664a44a4348accdb98ca22078fe41a');
INSERT INTO public.audit_log VALUES (33, '2026-11-20T09:11:30Z', 'marco', 'case.create', 3, 'c20af3dc6456a2df463c0ed8342e8a954bb9192cbc5474cab5e942ab00c41cdc', '1d311d473b1ea74c9318efd622894d3906664a44a4348accdb98ca22078fe41a', 'cb1771fcd2b5f40b81ff1afb7ac6d8a3e90817beff9bfaf24e52163220f571af');
INSERT INTO public.audit_log VALUES (34, '2026-11-20T09:11:30Z', 'marco', 'entry.note', 3, '6bccf46d44c96b0e0baebd08b58276c0757a8d218fa31999afbbc1ccc7962c39', 'cb1771fcd2b5f40b81ff1afb7ac6d8a3e90817beff9bfaf24e52163220f571af', '9cba1e253f990c600a1b45cb346c06519d74818092ded4c5f361289b30ed47c6');
INSERT INTO public.audit_log VALUES (35, '2026-11-20T09:11:30Z', 'lena', 'case.create', 4, '64c75f3ebb1bc56773659343aaac9132d973d0034aa2152851afbc04bdb14c76', '9cba1e253f990c600a1b45cb346c06519d74818092ded4c5f361289b30ed47c6', 'e007ab327ac1ec13a8882a58393ae03f631d15439086e57d7396bd1d9b1b6cac');
INSERT INTO public.audit_log VALUES (36, '2026-11-20T09:11:30Z', 'sofia', 'case.update', 4, '7e7b444395af21739fd24d821bee2102e0cfff4c6909a311d70c885fed8dddff', 'e007ab327ac1ec13a8882a58393ae03f631d15439086e57d7396bd1d9b1b6cac', 'de2a483d09ffbaaf151ff43ee190f7693c2ca16ebb6b767d4d07bed90aa14666');


--
-- Data for Name: case_alerts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_alerts VALUES (1, 'ORD-1001-R1|cancelled-but-shipped|ORD-1001-R1', 'cancelled-but-shipped', 'critical', 'ORD-1001-R1', 'ORD-1001-R1 was cancelled by payments on 17 Oct 2026 09:05 UTC, but delivery shows SHP-1002 in transit 18 Oct 2026 07:30 UTC.', '2026-11-20T09:11:30Z');
INSERT INTO public.case_alerts VALUES (1, 'ORD-1001|promised-label-missing|ORD-1001', 'promised-label-missing', 'warning', 'ORD-1001', 'Un''etichetta di reso promessa il 16 ott 2026 non è mai arrivata.', '2026-11-20T09:11:30Z');


--
-- Data for Name: case_changes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_changes VALUES (1, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (2, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (3, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (4, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (5, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (6, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (7, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (8, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (9, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (10, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (11, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (12, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (13, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (14, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (15, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (16, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (17, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (18, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (19, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (20, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (21, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (22, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (23, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (24, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (25, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (26, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (27, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (28, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (29, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (30, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (31, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (32, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (33, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (34, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (35, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (36, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (37, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (38, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (39, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (40, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (41, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (42, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (43, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (44, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (45, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (46, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (47, 2, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (48, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (49, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (50, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (51, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (52, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (53, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (54, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (55, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (56, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (57, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (58, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (59, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (60, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (61, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (62, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (63, 1, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (64, 3, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (65, 3, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (66, 3, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (67, 4, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (68, 4, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (69, 4, '2026-12-04T19:45:05Z');
INSERT INTO public.case_changes VALUES (70, 4, '2026-12-04T19:45:05Z');


--
-- Data for Name: case_entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_entries VALUES (1, 1, '2026-11-20T09:00:00Z', 'case.opened', 'lena', 'Case opened from phone: Blue stilettos → instead of overalls; please help', '');
INSERT INTO public.case_entries VALUES (2, 1, '2026-11-20T09:01:00Z', 'case.updated', 'lena', 'status new → waiting-on-customer; priority normal → high; assignee (none) → lena; subject Blue stilettos → instead of overalls; please help → Wrong item: stilettos → overalls; SLA due 2026-11-21T09:00:00Z → 2026-11-20T17:01:00Z', '');
INSERT INTO public.case_entries VALUES (3, 1, '2026-11-20T09:02:00Z', 'case.updated', 'lena', 'links changed', '');
INSERT INTO public.case_entries VALUES (4, 1, '2026-11-20T09:03:00Z', 'note', 'lena', 'Customer wants the overalls, not money', 'Customer wants the overalls, not money.
Call back after 5 pm.');
INSERT INTO public.case_entries VALUES (5, 1, '2026-11-20T09:03:00Z', 'contact.inbound', 'lena', 'phone: Giulia called: the replacement was cancelled?', '');
INSERT INTO public.case_entries VALUES (6, 1, '2026-11-20T09:03:00Z', 'contact.outbound', 'lena', 'email: Sent the label again', '');
INSERT INTO public.case_entries VALUES (7, 1, '2026-11-20T09:04:00Z', 'action.requested', 'lena', 'Refund of 49.90 EUR on ORD-1001: Wrong item sent', '{"amount":4990,"currency":"EUR","issuedBy":"customer-service","lines":[{"lineId":"L1","quantity":1}],"orderId":"ORD-1001","reason":"Wrong item sent"}');
INSERT INTO public.case_entries VALUES (8, 1, '2026-11-20T09:04:00Z', 'action.requested', 'lena', 'Cancel ORD-1001-R1: Customer bought elsewhere', '{"reason":"Customer bought elsewhere"}');
INSERT INTO public.case_entries VALUES (9, 1, '2026-11-20T09:04:30Z', 'action.delivered', 'outbox', 'refund delivered to payments', '{"id":"RF-9001","orderId":"ORD-1001","amount":4990,"currency":"EUR"}');
INSERT INTO public.case_entries VALUES (10, 1, '2026-11-20T09:04:30Z', 'action.failed', 'outbox', 'cancel failed: The orders system refused the request (409): ORD-1001-R1 has shipped.', '');
INSERT INTO public.case_entries VALUES (11, 2, '2026-11-20T09:04:30Z', 'case.opened', 'lena', 'Case opened from email: Robot vacuum: no Saturday delivery', '');
INSERT INTO public.case_entries VALUES (12, 2, '2026-11-20T09:05:30Z', 'action.requested', 'lena', 'Refund of 10.00 EUR on ORD-2001: Delivery fee back', '{"amount":1000,"currency":"EUR","issuedBy":"customer-service","orderId":"ORD-2001","reason":"Delivery fee back"}');
INSERT INTO public.case_entries VALUES (13, 2, '2026-11-20T09:05:30Z', 'action.requested', 'lena', 'Return label for ORD-4001: Does not fit the room', '{"lines":[{"lineId":"L1","quantity":1}],"orderId":"ORD-4001","reason":"Does not fit the room"}');
INSERT INTO public.case_entries VALUES (14, 2, '2026-11-20T09:05:30Z', 'action.requested', 'lena', 'Delivery of SHP-2001 moved to slot SLOT-20261123-0913', '{"slotId":"SLOT-20261123-0913"}');
INSERT INTO public.case_entries VALUES (15, 2, '2026-11-20T09:05:30Z', 'action.requested', 'lena', 'Delivery of SHP-2001 redirected to pickup point PUP-MAD-031', '{"note":"Ring twice","pickupPointId":"PUP-MAD-031"}');
INSERT INTO public.case_entries VALUES (16, 2, '2026-11-20T09:05:30Z', 'action.requested', 'lena', 'Cancel ORD-4003: Ordered twice', '{"reason":"Ordered twice"}');
INSERT INTO public.case_entries VALUES (17, 2, '2026-11-20T09:05:30Z', 'action.requested', 'lena', 'Replacement for ORD-4001: Arrived broken', '{"lines":[{"lineId":"L2","quantity":1}],"reason":"Arrived broken"}');
INSERT INTO public.case_entries VALUES (18, 2, '2026-11-20T09:05:30Z', 'action.requested', 'lena', 'Message to the customer (email, es): Tu entrega → punto de recogida; gracias', '{"body":"Hola, tu paquete espera en Correos.","channel":"email","customerId":"CUS-1002","language":"es","orderId":"ORD-2001","subject":"Tu entrega → punto de recogida; gracias","system":"customer-service"}');
INSERT INTO public.case_entries VALUES (19, 2, '2026-11-20T09:06:30Z', 'refund.awaiting-approval', 'lena', 'Held for a supervisor''s approval (request 1): Refund of 250.00 EUR on ORD-2001: Goodwill: three weeks late', '{"amount":25000,"currency":"EUR","issuedBy":"customer-service","orderId":"ORD-2001","reason":"Goodwill: three weeks late"}');
INSERT INTO public.case_entries VALUES (20, 2, '2026-11-20T09:06:30Z', 'refund.awaiting-approval', 'lena', 'Held for a supervisor''s approval (request 2): Refund of 150.00 EUR on ORD-2001: Goodwill', '{"amount":15000,"currency":"EUR","issuedBy":"customer-service","orderId":"ORD-2001","reason":"Goodwill"}');
INSERT INTO public.case_entries VALUES (21, 2, '2026-11-20T09:06:30Z', 'refund.awaiting-approval', 'lena', 'Held for a supervisor''s approval (request 3): Refund of 999.00 EUR on ORD-2001: Everything back', '{"amount":99900,"currency":"EUR","issuedBy":"customer-service","orderId":"ORD-2001","reason":"Everything back"}');
INSERT INTO public.case_entries VALUES (22, 2, '2026-11-20T09:07:30Z', 'action.requested', 'sofia', 'Refund of 150.00 EUR on ORD-2001: Goodwill', '{"amount":15000,"currency":"EUR","issuedBy":"customer-service","orderId":"ORD-2001","reason":"Goodwill"}');
INSERT INTO public.case_entries VALUES (23, 2, '2026-11-20T09:07:30Z', 'refund.approved', 'sofia', 'Refund of 150.00 EUR on ORD-2001 approved (request 2)', '');
INSERT INTO public.case_entries VALUES (24, 2, '2026-11-20T09:07:30Z', 'refund.rejected', 'sofia', 'Refund of 999.00 EUR on ORD-2001 rejected (request 3): Too much: the order was 299.00 EUR', 'Too much: the order was 299.00 EUR');
INSERT INTO public.case_entries VALUES (25, 1, '2026-11-20T09:08:30Z', 'escalation.opened', 'lena', 'Escalated to warehouse (due 2026-11-21T09:08:30Z): Stop the cancelled replacement', '');
INSERT INTO public.case_entries VALUES (26, 1, '2026-11-20T09:09:30Z', 'escalation.accepted', 'sofia', 'warehouse accepted the escalation', '');
INSERT INTO public.case_entries VALUES (27, 1, '2026-11-20T09:10:30Z', 'escalation.resolved', 'sofia', 'warehouse resolved the escalation: Parcel stopped at the hub', '');
INSERT INTO public.case_entries VALUES (28, 1, '2026-11-20T09:10:30Z', 'escalation.opened', 'lena', 'Escalated to finance (due 2026-11-20T12:10:30Z): Check the double refund', '');
INSERT INTO public.case_entries VALUES (29, 1, '2026-11-20T09:11:30Z', 'escalation.returned', 'ines', 'finance returned the escalation: Not ours: payments checks refunds', '');
INSERT INTO public.case_entries VALUES (30, 3, '2026-11-20T09:11:30Z', 'case.opened', 'marco', 'Case opened from store: Sofa delivery cancelled the day before', '');
INSERT INTO public.case_entries VALUES (31, 3, '2026-11-20T09:11:30Z', 'note', 'marco', 'Customer has no order number', '');
INSERT INTO public.case_entries VALUES (32, 4, '2026-11-20T09:11:30Z', 'case.opened', 'lena', 'Case opened from complaint-form: Entrega sin sábado', '');
INSERT INTO public.case_entries VALUES (33, 4, '2026-11-20T09:11:30Z', 'case.updated', 'sofia', 'status new → resolved; department customer-service → returns-desk; assignee (none) → sofia', '');


--
-- Data for Name: case_links; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_links VALUES (1, 'order', 'ORD-1001');
INSERT INTO public.case_links VALUES (1, 'order', 'ORD-1001-R1');
INSERT INTO public.case_links VALUES (2, 'order', 'ORD-2001');
INSERT INTO public.case_links VALUES (2, 'shipment', 'SHP-2001');
INSERT INTO public.case_links VALUES (2, 'order', 'ORD-4001');
INSERT INTO public.case_links VALUES (4, 'order', 'ORD-3001');
INSERT INTO public.case_links VALUES (4, 'shipment', 'SHP-3001');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (2, 'CUS-1002', 'es', 'Robot vacuum: no Saturday delivery', 'new', 'normal', 'email', 'customer-service', '', '2026-11-21T09:04:30Z', '2026-11-20T09:04:30Z', '2026-11-20T09:04:30Z', 1, NULL, '2026-11-21T03:04:30Z', DEFAULT, DEFAULT, DEFAULT);
INSERT INTO public.cases VALUES (1, 'CUS-1', 'it', 'Wrong item: stilettos → overalls', 'open', 'high', 'phone', 'customer-service', 'lena', '2026-11-20T17:01:00Z', '2026-11-20T09:00:00Z', '2026-11-20T09:11:30Z', 7, NULL, '2026-11-20T15:00:45Z', DEFAULT, DEFAULT, DEFAULT);
INSERT INTO public.cases VALUES (3, 'CUS-7', 'de', 'Sofa delivery cancelled the day before', 'new', 'normal', 'store', 'store', '', '2026-11-22T09:11:30Z', '2026-11-20T09:11:30Z', '2026-11-20T09:11:30Z', 1, NULL, '2026-11-21T21:11:30Z', DEFAULT, DEFAULT, DEFAULT);
INSERT INTO public.cases VALUES (4, 'CUS-3', 'es', 'Entrega sin sábado', 'resolved', 'normal', 'complaint-form', 'returns-desk', 'sofia', '2026-11-21T09:11:30Z', '2026-11-20T09:11:30Z', '2026-11-20T09:11:30Z', 2, '2026-11-20T09:11:30Z', '2026-11-21T03:11:30Z', DEFAULT, DEFAULT, DEFAULT);


--
-- Data for Name: departments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.departments VALUES ('customer-service', 'Customer service', 24);
INSERT INTO public.departments VALUES ('store', 'Stores', 48);
INSERT INTO public.departments VALUES ('warehouse', 'Warehouse', 24);
INSERT INTO public.departments VALUES ('logistics', 'Logistics', 24);
INSERT INTO public.departments VALUES ('finance', 'Finance', 48);
INSERT INTO public.departments VALUES ('supervisors', 'Supervisors', 8);
INSERT INTO public.departments VALUES ('returns-desk', 'Returns desk', 12);


--
-- Data for Name: escalations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.escalations VALUES (1, 1, 'warehouse', 'Stop the cancelled replacement', 'urgent', '2026-11-21T09:08:30Z', 'resolved', 'lena', '2026-11-20T09:08:30Z', 'Parcel stopped at the hub', '2026-11-20T09:10:30Z', 3);
INSERT INTO public.escalations VALUES (2, 1, 'finance', 'Check the double refund', 'high', '2026-11-20T12:10:30Z', 'returned', 'lena', '2026-11-20T09:10:30Z', 'Not ours: payments checks refunds', '2026-11-20T09:11:30Z', 2);


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outbox VALUES (1, 1, 'refund', 'payments', 'POST', '/refunds', '{"amount":4990,"currency":"EUR","issuedBy":"customer-service","lines":[{"lineId":"L1","quantity":1}],"orderId":"ORD-1001","reason":"Wrong item sent"}', 'caseline-cc0f7b86-cc50-41b4-8df2-74c3ef1f81e4', 'delivered', 1, '2026-11-20T09:05:00Z', '', '{"id":"RF-9001","orderId":"ORD-1001","amount":4990,"currency":"EUR"}', 'lena', '2026-11-20T09:04:00Z', '2026-11-20T09:04:30Z');
INSERT INTO public.outbox VALUES (2, 1, 'cancel', 'orders', 'POST', '/orders/ORD-1001-R1/cancel', '{"reason":"Customer bought elsewhere"}', 'caseline-b818a3c3-2eb0-4854-ab4f-a8811bb92381', 'failed', 1, '2026-11-20T09:05:00Z', 'The orders system refused the request (409): ORD-1001-R1 has shipped.', '', 'lena', '2026-11-20T09:04:00Z', '2026-11-20T09:04:30Z');
INSERT INTO public.outbox VALUES (3, 2, 'refund', 'payments', 'POST', '/refunds', '{"amount":1000,"currency":"EUR","issuedBy":"customer-service","orderId":"ORD-2001","reason":"Delivery fee back"}', 'caseline-cc879d72-6284-4cd5-a0a3-1157dd797382', 'pending', 0, '2026-11-20T09:05:30Z', '', '', 'lena', '2026-11-20T09:05:30Z', '2026-11-20T09:05:30Z');
INSERT INTO public.outbox VALUES (4, 2, 'return-label', 'returns', 'POST', '/returns', '{"lines":[{"lineId":"L1","quantity":1}],"orderId":"ORD-4001","reason":"Does not fit the room"}', 'caseline-1ad02256-f853-488f-a563-8ae59a937006', 'pending', 0, '2026-11-20T09:05:30Z', '', '', 'lena', '2026-11-20T09:05:30Z', '2026-11-20T09:05:30Z');
INSERT INTO public.outbox VALUES (5, 2, 'reschedule', 'delivery', 'POST', '/shipments/SHP-2001/reschedule', '{"slotId":"SLOT-20261123-0913"}', 'caseline-885e6d74-f007-4e68-95e9-2a8da74aecde', 'pending', 0, '2026-11-20T09:05:30Z', '', '', 'lena', '2026-11-20T09:05:30Z', '2026-11-20T09:05:30Z');
INSERT INTO public.outbox VALUES (6, 2, 'reschedule', 'delivery', 'POST', '/shipments/SHP-2001/reschedule', '{"note":"Ring twice","pickupPointId":"PUP-MAD-031"}', 'caseline-1cda011e-c477-4f61-953a-a80b5af9f0b1', 'pending', 0, '2026-11-20T09:05:30Z', '', '', 'lena', '2026-11-20T09:05:30Z', '2026-11-20T09:05:30Z');
INSERT INTO public.outbox VALUES (7, 2, 'cancel', 'orders', 'POST', '/orders/ORD-4003/cancel', '{"reason":"Ordered twice"}', 'caseline-ad1887d8-f62a-450f-8c02-f3ee829d0e4b', 'pending', 0, '2026-11-20T09:05:30Z', '', '', 'lena', '2026-11-20T09:05:30Z', '2026-11-20T09:05:30Z');
INSERT INTO public.outbox VALUES (8, 2, 'replace', 'orders', 'POST', '/orders/ORD-4001/replacement', '{"lines":[{"lineId":"L2","quantity":1}],"reason":"Arrived broken"}', 'caseline-fed17ef4-7dc8-4863-8285-8c201351ca0d', 'pending', 0, '2026-11-20T09:05:30Z', '', '', 'lena', '2026-11-20T09:05:30Z', '2026-11-20T09:05:30Z');
INSERT INTO public.outbox VALUES (9, 2, 'message', 'notifications', 'POST', '/messages', '{"body":"Hola, tu paquete espera en Correos.","channel":"email","customerId":"CUS-1002","language":"es","orderId":"ORD-2001","subject":"Tu entrega → punto de recogida; gracias","system":"customer-service"}', 'caseline-34c1603c-0eb2-4939-9641-d5160352169f', 'pending', 0, '2026-11-20T09:05:30Z', '', '', 'lena', '2026-11-20T09:05:30Z', '2026-11-20T09:05:30Z');
INSERT INTO public.outbox VALUES (10, 2, 'refund', 'payments', 'POST', '/refunds', '{"amount":15000,"currency":"EUR","issuedBy":"customer-service","orderId":"ORD-2001","reason":"Goodwill"}', 'caseline-eddc762a-3f7c-40c0-8f52-cfe701a5ce84', 'pending', 0, '2026-11-20T09:07:30Z', '', '', 'sofia', '2026-11-20T09:07:30Z', '2026-11-20T09:07:30Z');


--
-- Data for Name: policies; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.policies VALUES ('refund_approval_above', '10000');


--
-- Data for Name: refund_approvals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.refund_approvals VALUES (1, 2, 'ORD-2001', 25000, 'EUR', 'Goodwill: three weeks late', 'lena', '2026-11-20T09:06:30Z', 'pending', '', NULL, '', '{"action":"refund","amount":25000,"body":{"amount":25000,"currency":"EUR","issuedBy":"customer-service","orderId":"ORD-2001","reason":"Goodwill: three weeks late"},"currency":"EUR","orderId":"ORD-2001","path":"/refunds","summary":"Refund of 250.00 EUR on ORD-2001: Goodwill: three weeks late","system":"payments"}', NULL, '2026-11-20T09:06:30Z', 1);
INSERT INTO public.refund_approvals VALUES (2, 2, 'ORD-2001', 15000, 'EUR', 'Goodwill', 'lena', '2026-11-20T09:06:30Z', 'approved', 'sofia', '2026-11-20T09:07:30Z', '', '{"action":"refund","amount":15000,"body":{"amount":15000,"currency":"EUR","issuedBy":"customer-service","orderId":"ORD-2001","reason":"Goodwill"},"currency":"EUR","orderId":"ORD-2001","path":"/refunds","summary":"Refund of 150.00 EUR on ORD-2001: Goodwill","system":"payments"}', 10, '2026-11-20T09:07:30Z', 2);
INSERT INTO public.refund_approvals VALUES (3, 2, 'ORD-2001', 99900, 'EUR', 'Everything back', 'lena', '2026-11-20T09:06:30Z', 'rejected', 'sofia', '2026-11-20T09:07:30Z', 'Too much: the order was 299.00 EUR', '{"action":"refund","amount":99900,"body":{"amount":99900,"currency":"EUR","issuedBy":"customer-service","orderId":"ORD-2001","reason":"Everything back"},"currency":"EUR","orderId":"ORD-2001","path":"/refunds","summary":"Refund of 999.00 EUR on ORD-2001: Everything back","system":"payments"}', NULL, '2026-11-20T09:07:30Z', 2);


--
-- Data for Name: role_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.role_permissions VALUES ('agent', 'view-case');
INSERT INTO public.role_permissions VALUES ('agent', 'create-case');
INSERT INTO public.role_permissions VALUES ('agent', 'edit-case');
INSERT INTO public.role_permissions VALUES ('agent', 'add-note');
INSERT INTO public.role_permissions VALUES ('agent', 'log-contact');
INSERT INTO public.role_permissions VALUES ('agent', 'escalate');
INSERT INTO public.role_permissions VALUES ('agent', 'answer-escalation');
INSERT INTO public.role_permissions VALUES ('agent', 'reschedule');
INSERT INTO public.role_permissions VALUES ('agent', 'redirect-delivery');
INSERT INTO public.role_permissions VALUES ('agent', 'issue-return-label');
INSERT INTO public.role_permissions VALUES ('agent', 'refund');
INSERT INTO public.role_permissions VALUES ('agent', 'cancel');
INSERT INTO public.role_permissions VALUES ('agent', 'replace');
INSERT INTO public.role_permissions VALUES ('agent', 'message-customer');
INSERT INTO public.role_permissions VALUES ('store', 'view-case');
INSERT INTO public.role_permissions VALUES ('store', 'create-case');
INSERT INTO public.role_permissions VALUES ('store', 'add-note');
INSERT INTO public.role_permissions VALUES ('store', 'log-contact');
INSERT INTO public.role_permissions VALUES ('store', 'escalate');
INSERT INTO public.role_permissions VALUES ('store', 'answer-escalation');
INSERT INTO public.role_permissions VALUES ('store', 'reschedule');
INSERT INTO public.role_permissions VALUES ('store', 'redirect-delivery');
INSERT INTO public.role_permissions VALUES ('store', 'issue-return-label');
INSERT INTO public.role_permissions VALUES ('finance', 'view-case');
INSERT INTO public.role_permissions VALUES ('finance', 'add-note');
INSERT INTO public.role_permissions VALUES ('finance', 'log-contact');
INSERT INTO public.role_permissions VALUES ('finance', 'escalate');
INSERT INTO public.role_permissions VALUES ('finance', 'answer-escalation');
INSERT INTO public.role_permissions VALUES ('finance', 'refund');
INSERT INTO public.role_permissions VALUES ('finance', 'cancel');
INSERT INTO public.role_permissions VALUES ('finance', 'view-dashboard');
INSERT INTO public.role_permissions VALUES ('supervisor', 'view-case');
INSERT INTO public.role_permissions VALUES ('supervisor', 'create-case');
INSERT INTO public.role_permissions VALUES ('supervisor', 'edit-case');
INSERT INTO public.role_permissions VALUES ('supervisor', 'add-note');
INSERT INTO public.role_permissions VALUES ('supervisor', 'log-contact');
INSERT INTO public.role_permissions VALUES ('supervisor', 'escalate');
INSERT INTO public.role_permissions VALUES ('supervisor', 'answer-escalation');
INSERT INTO public.role_permissions VALUES ('supervisor', 'reschedule');
INSERT INTO public.role_permissions VALUES ('supervisor', 'redirect-delivery');
INSERT INTO public.role_permissions VALUES ('supervisor', 'issue-return-label');
INSERT INTO public.role_permissions VALUES ('supervisor', 'refund');
INSERT INTO public.role_permissions VALUES ('supervisor', 'cancel');
INSERT INTO public.role_permissions VALUES ('supervisor', 'replace');
INSERT INTO public.role_permissions VALUES ('supervisor', 'message-customer');
INSERT INTO public.role_permissions VALUES ('supervisor', 'approve-refund');
INSERT INTO public.role_permissions VALUES ('supervisor', 'reassign-bulk');
INSERT INTO public.role_permissions VALUES ('supervisor', 'change-sla-policy');
INSERT INTO public.role_permissions VALUES ('supervisor', 'manage-staff');
INSERT INTO public.role_permissions VALUES ('supervisor', 'view-dashboard');


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_version VALUES (1);
INSERT INTO public.schema_version VALUES (2);
INSERT INTO public.schema_version VALUES (3);
INSERT INTO public.schema_version VALUES (4);
INSERT INTO public.schema_version VALUES (5);
INSERT INTO public.schema_version VALUES (6);
INSERT INTO public.schema_version VALUES (7);


--
-- Data for Name: staff; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.staff VALUES ('sofia', 'customer-service', 'supervisor', 'sofia');
INSERT INTO public.staff VALUES ('lena', 'customer-service', 'agent', '');
INSERT INTO public.staff VALUES ('marco', 'store', 'store', '');
INSERT INTO public.staff VALUES ('ines', 'finance', 'finance', '');


--
-- Name: audit_log_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_log_seq_seq', 36, true);


--
-- Name: case_changes_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.case_changes_seq_seq', 70, true);


--
-- Name: case_entries_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.case_entries_id_seq', 33, true);


--
-- Name: cases_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.cases_id_seq', 4, true);


--
-- Name: escalations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.escalations_id_seq', 2, true);


--
-- Name: outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_id_seq', 10, true);


--
-- Name: refund_approvals_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.refund_approvals_id_seq', 3, true);


--
-- Name: audit_head audit_head_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_head
    ADD CONSTRAINT audit_head_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (seq);


--
-- Name: case_alerts case_alerts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_alerts
    ADD CONSTRAINT case_alerts_pkey PRIMARY KEY (case_id, alert_key);


--
-- Name: case_changes case_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_changes
    ADD CONSTRAINT case_changes_pkey PRIMARY KEY (seq);


--
-- Name: case_entries case_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_entries
    ADD CONSTRAINT case_entries_pkey PRIMARY KEY (id);


--
-- Name: case_links case_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_links
    ADD CONSTRAINT case_links_pkey PRIMARY KEY (case_id, kind, ref);


--
-- Name: cases cases_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT cases_pkey PRIMARY KEY (id);


--
-- Name: departments departments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.departments
    ADD CONSTRAINT departments_pkey PRIMARY KEY (name);


--
-- Name: escalations escalations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escalations
    ADD CONSTRAINT escalations_pkey PRIMARY KEY (id);


--
-- Name: outbox outbox_idempotency_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_idempotency_key_key UNIQUE (idempotency_key);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: policies policies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policies
    ADD CONSTRAINT policies_pkey PRIMARY KEY (name);


--
-- Name: refund_approvals refund_approvals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refund_approvals
    ADD CONSTRAINT refund_approvals_pkey PRIMARY KEY (id);


--
-- Name: role_permissions role_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_permissions
    ADD CONSTRAINT role_permissions_pkey PRIMARY KEY (role, permission);


--
-- Name: staff staff_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_pkey PRIMARY KEY (name);


--
-- Name: case_alerts_rule; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_alerts_rule ON public.case_alerts USING btree (rule_id, case_id);


--
-- Name: case_entries_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_entries_case ON public.case_entries USING btree (case_id, at);


--
-- Name: case_links_ref; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_links_ref ON public.case_links USING btree (ref);


--
-- Name: cases_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_created ON public.cases USING btree (created_at, id);


--
-- Name: cases_customer; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_customer ON public.cases USING btree (customer_id);


--
-- Name: cases_open_age; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_age ON public.cases USING btree (created_at, status) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_assignee; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_assignee ON public.cases USING btree (assignee, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_counts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_counts ON public.cases USING btree (department, status, priority) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_created ON public.cases USING btree (created_at, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_customer; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_customer ON public.cases USING btree (customer_id, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_department; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_department ON public.cases USING btree (department, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_department_assignee; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_department_assignee ON public.cases USING btree (department, assignee, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_department_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_department_created ON public.cases USING btree (department, created_at, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_department_customer; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_department_customer ON public.cases USING btree (department, customer_id, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_department_priority; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_department_priority ON public.cases USING btree (department, priority_rank, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_department_sla; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_department_sla ON public.cases USING btree (department, sla_order, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_department_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_department_status ON public.cases USING btree (department, status_rank, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_department_updated; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_department_updated ON public.cases USING btree (department, updated_at, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_due ON public.cases USING btree (sla_due, sla_warn_at, status) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_priority; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_priority ON public.cases USING btree (priority_rank, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_sla; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_sla ON public.cases USING btree (sla_order, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_status ON public.cases USING btree (status_rank, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_updated; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_updated ON public.cases USING btree (updated_at, id) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_open_workload; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_open_workload ON public.cases USING btree (assignee, sla_due, sla_warn_at, status) WHERE (status <> ALL (ARRAY['resolved'::text, 'closed'::text]));


--
-- Name: cases_queue; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_queue ON public.cases USING btree (department, status);


--
-- Name: cases_resolved; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_resolved ON public.cases USING btree (resolved_at, created_at);


--
-- Name: cases_sla; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_sla ON public.cases USING btree (sla_order, id);


--
-- Name: cases_updated; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_updated ON public.cases USING btree (updated_at, id);


--
-- Name: escalations_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX escalations_case ON public.escalations USING btree (case_id);


--
-- Name: escalations_queue; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX escalations_queue ON public.escalations USING btree (department, state);


--
-- Name: outbox_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_due ON public.outbox USING btree (state, next_attempt_at);


--
-- Name: refund_approvals_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX refund_approvals_state ON public.refund_approvals USING btree (state, id);


--
-- Name: staff_login; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX staff_login ON public.staff USING btree (login) WHERE (login <> ''::text);


--
-- Name: case_alerts case_alerts_changed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER case_alerts_changed AFTER INSERT OR DELETE OR UPDATE ON public.case_alerts FOR EACH ROW EXECUTE FUNCTION public.caseline_case_changed('case_id');


--
-- Name: case_entries case_entries_changed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER case_entries_changed AFTER INSERT OR UPDATE ON public.case_entries FOR EACH ROW EXECUTE FUNCTION public.caseline_case_changed('case_id');


--
-- Name: cases cases_changed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cases_changed AFTER INSERT OR UPDATE ON public.cases FOR EACH ROW EXECUTE FUNCTION public.caseline_case_changed('id');


--
-- Name: escalations escalations_changed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER escalations_changed AFTER INSERT OR UPDATE ON public.escalations FOR EACH ROW EXECUTE FUNCTION public.caseline_case_changed('case_id');


--
-- Name: outbox outbox_changed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER outbox_changed AFTER INSERT OR UPDATE ON public.outbox FOR EACH ROW EXECUTE FUNCTION public.caseline_case_changed('case_id');


--
-- Name: refund_approvals refund_approvals_changed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER refund_approvals_changed AFTER INSERT OR UPDATE ON public.refund_approvals FOR EACH ROW EXECUTE FUNCTION public.caseline_case_changed('case_id');


--
-- Name: case_alerts case_alerts_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_alerts
    ADD CONSTRAINT case_alerts_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: case_entries case_entries_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_entries
    ADD CONSTRAINT case_entries_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: case_links case_links_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_links
    ADD CONSTRAINT case_links_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: escalations escalations_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escalations
    ADD CONSTRAINT escalations_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: escalations escalations_department_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escalations
    ADD CONSTRAINT escalations_department_fkey FOREIGN KEY (department) REFERENCES public.departments(name);


--
-- Name: outbox outbox_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: refund_approvals refund_approvals_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refund_approvals
    ADD CONSTRAINT refund_approvals_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: staff staff_department_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_department_fkey FOREIGN KEY (department) REFERENCES public.departments(name);


--
-- PostgreSQL database dump complete
--

\unrestrict pgFJmJeNztEZhdsSlUEyACeXBDkSKGLJn0WvXc0QQsGTkIBI9dQE3ygiJqaEOIQ

