-- duibiao rules in postgres SQL, as of 2020-09-30
-- plugins: @duibiao-test/sql-golden 1.0.0, @duibiao-test/sql-golden-city 1.0.0
-- 6 rules compiled, 0 left to the in-process engine

-- The tables of the data format, and the status tables

CREATE TABLE "households" ("_row" INTEGER, "householdId" text, "regionCode" text, "householdType" text, "exitYear" double precision, "monitoredType" text, "monitoredType:none" boolean, "monitoredSince" text, "riskRemoved" boolean, "riskRemovalMode" text, "riskRemovedAt" text, "povertyCauses" text[], "incomeYear" double precision, "wageIncome" double precision, "businessIncome" double precision, "propertyIncome" double precision, "transferIncome" double precision, "businessExpense" double precision, "netIncome" double precision, "perCapitaNetIncome" double precision, "rigidExpense" double precision, "dangerousHouse" boolean, "houseGrade" text, "housingSecurity" text, "safeWater" boolean, "waterLitresPerDay" double precision, "waterTripMinutes" double precision, "waterOutageDays" double precision, "waterScarceArea" boolean, "measures" text[], "developmentMeasureStatus" text, "developmentMeasureStatus:none" boolean, "relocated" boolean, "helperName" text, "helperName:none" boolean, "phone" text, "phone:none" boolean);

CREATE TABLE "members" ("_row" INTEGER, "householdId" text, "idNumber" text, "idType" text, "name" text, "relation" text, "sex" text, "birthDate" text, "schoolStatus" text, "schoolStatus:none" boolean, "notInSchoolReason" text, "notInSchoolReason:none" boolean, "educationLevel" text, "health" text[], "disabilityCard" text, "disabilityCard:none" boolean, "labour" text, "migrantMonths" double precision, "residentMedical" boolean, "employeeMedical" boolean, "seriousIllnessInsurance" boolean, "residentPension" boolean, "employeePension" boolean, "minimumLiving" boolean, "extremePoverty" boolean, "disabilitySubsidy" boolean, "yulu" boolean, "forestRanger" boolean, "publicWelfareJob" boolean, "chronicDiseaseContract" boolean);

CREATE TABLE "villages" ("_row" INTEGER, "regionCode" text, "name" text, "povertyVillage" boolean, "standardClinic" boolean, "qualifiedDoctor" boolean, "pavedRoad" boolean, "busEligible" boolean, "busService" boolean, "roadMaintenance" boolean, "industrialPower" boolean, "meterPerHousehold" boolean, "broadband" boolean, "cleanEnvironment" boolean, "residentTeam" boolean, "monitoringLiaison" text, "monitoringLiaison:none" boolean, "pvStation" boolean, "pvIncomeDistribution" text, "pvIncomeDistribution:none" boolean, "pvDistributionPublished" boolean);

CREATE TABLE "education" ("_row" INTEGER, "idNumber" text, "name" text, "school" text, "stage" text, "grade" text, "status" text, "asOf" text);

CREATE TABLE "medicalInsurance" ("_row" INTEGER, "idNumber" text, "name" text, "scheme" text, "status" text, "year" double precision, "seriousIllness" boolean, "premiumSubsidy" text, "premiumSubsidy:none" boolean, "asOf" text);

CREATE TABLE "civilAffairs" ("_row" INTEGER, "idNumber" text, "name" text, "assistanceType" text, "start" text, "end" text, "end:none" boolean, "amount" double precision, "asOf" text);

CREATE TABLE "disability" ("_row" INTEGER, "idNumber" text, "name" text, "cardNumber" text, "category" text, "grade" text, "livingSubsidy" boolean, "careSubsidy" boolean, "asOf" text);

CREATE TABLE "housing" ("_row" INTEGER, "householdId" text, "headIdNumber" text, "grade" text, "renovationYear" double precision, "renovationYear:none" boolean, "renovationStatus" text, "renovationStatus:none" boolean, "asOf" text);

CREATE TABLE "pension" ("_row" INTEGER, "idNumber" text, "name" text, "scheme" text, "status" text, "paidByGovernment" boolean, "asOf" text);

CREATE TABLE "employment" ("_row" INTEGER, "idNumber" text, "name" text, "workplace" text, "startMonth" text, "endMonth" text, "endMonth:none" boolean, "monthlyIncome" double precision, "asOf" text);

CREATE TABLE "forestry" ("_row" INTEGER, "idNumber" text, "name" text, "start" text, "end" text, "end:none" boolean, "annualSubsidy" double precision, "asOf" text);

CREATE TABLE "credit" ("_row" INTEGER, "idNumber" text, "name" text, "amount" double precision, "loanDate" text, "dueDate" text, "extended" boolean, "overdueAmount" double precision, "overdueAmount:none" boolean, "interestSubsidy" boolean, "asOf" text);

CREATE TABLE "publicSecurity" ("_row" INTEGER, "idNumber" text, "name" text, "status" text, "changedOn" text, "changedOn:none" boolean, "asOf" text);

CREATE TABLE "monitoring" ("_row" INTEGER, "householdId" text, "periodStart" text, "periodEnd" text, "netIncome" double precision, "outOfPocket" double precision, "source" text);

CREATE TABLE "spotChecks" ("_row" INTEGER, "householdId" text, "idNumber" text, "idNumber:none" boolean, "checkedOn" text, "item" text, "answer" text);

CREATE TABLE "complaints" ("_row" INTEGER, "complaintId" text, "householdId" text, "idNumber" text, "receivedOn" text, "topic" text, "closedOn" text, "closedOn:none" boolean, "limitDays" double precision);

CREATE TABLE "censusIssues" ("_row" INTEGER, "issueId" text, "householdId" text, "idNumber" text, "idNumber:none" boolean, "issueType" text, "foundOn" text, "status" text, "deadline" text, "deadline:none" boolean);

CREATE TABLE "projects" ("_row" INTEGER, "projectId" text, "name" text, "regionCode" text, "projectType" text, "fundSource" text, "plannedAmount" double precision, "fundsArrived" double precision, "startedOn" text, "startedOn:none" boolean, "status" text, "beneficiaries" double precision);

CREATE TABLE "_absent" ("name" text);

CREATE TABLE "_incomplete" ("householdId" text);

CREATE TABLE "_list_rejected" ("list" text, "key" text);

CREATE TABLE "_list_unplaced" ("list" text, "rows" double precision);

CREATE TABLE "_unplaced" ("members" double precision);

CREATE TABLE "_rejected_member_ids" ("idNumber" text);

-- household: 5 rules; one column per rule
WITH "housing@in_force" AS (SELECT * FROM "housing" WHERE NOT COALESCE(((CASE WHEN (CASE WHEN ((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^(?:[0-9]{4}-[0-9]{2}-[0-9]{2})$') AND (CASE WHEN (CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN (CASE WHEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) >= 1 AND CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) BETWEEN 1 AND 12 AND CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS integer) BETWEEN 1 AND (CASE WHEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) = 2 THEN (CASE WHEN ((CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) % 4 = 0 AND CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) % 100 <> 0) OR CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) % 400 = 0) THEN 29 ELSE 28 END) WHEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) IN (4, 6, 9, 11) THEN 30 ELSE 31 END) THEN make_date(CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer), CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer), CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS integer)) END) END) IS NOT NULL AND (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) >= 1000 THEN ((CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) * 12 + (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) END)) WHEN ((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^(?:[0-9]{4}-[0-9]{2})$') AND (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) END) BETWEEN 1 AND 12 AND (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) >= 1000 THEN ((CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) * 12 + (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) END)) END) IS NULL THEN NULL WHEN (CASE WHEN ((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^(?:[0-9]{4}-[0-9]{2}-[0-9]{2})$') AND (CASE WHEN (CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN (CASE WHEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) >= 1 AND CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) BETWEEN 1 AND 12 AND CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS integer) BETWEEN 1 AND (CASE WHEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) = 2 THEN (CASE WHEN ((CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) % 4 = 0 AND CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) % 100 <> 0) OR CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) % 400 = 0) THEN 29 ELSE 28 END) WHEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) IN (4, 6, 9, 11) THEN 30 ELSE 31 END) THEN make_date(CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer), CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer), CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS integer)) END) END) IS NOT NULL AND (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) >= 1000 THEN ((CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) * 12 + (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) END)) WHEN ((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^(?:[0-9]{4}-[0-9]{2})$') AND (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) END) BETWEEN 1 AND 12 AND (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) >= 1000 THEN ((CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) * 12 + (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) END)) END) < 24249 THEN -1 WHEN (CASE WHEN ((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^(?:[0-9]{4}-[0-9]{2}-[0-9]{2})$') AND (CASE WHEN (CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN (CASE WHEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) >= 1 AND CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) BETWEEN 1 AND 12 AND CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS integer) BETWEEN 1 AND (CASE WHEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) = 2 THEN (CASE WHEN ((CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) % 4 = 0 AND CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) % 100 <> 0) OR CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) % 400 = 0) THEN 29 ELSE 28 END) WHEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) IN (4, 6, 9, 11) THEN 30 ELSE 31 END) THEN make_date(CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer), CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer), CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS integer)) END) END) IS NOT NULL AND (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) >= 1000 THEN ((CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) * 12 + (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) END)) WHEN ((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^(?:[0-9]{4}-[0-9]{2})$') AND (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) END) BETWEEN 1 AND 12 AND (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) >= 1000 THEN ((CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS integer) END) * 12 + (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS integer) END)) END) > 24249 THEN 1 WHEN (CASE WHEN ((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^(?:[0-9]{4}-[0-9]{2}-[0-9]{2})$') THEN (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS integer) END) END) IS NULL THEN NULL WHEN (CASE WHEN ((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^(?:[0-9]{4}-[0-9]{2}-[0-9]{2})$') THEN (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS integer) END) END) < 30 THEN -1 WHEN (CASE WHEN ((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) ~ '^(?:[0-9]{4}-[0-9]{2}-[0-9]{2})$') THEN (CASE WHEN substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) ~ '^[0-9]+$' THEN CAST(substr((CASE WHEN btrim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS integer) END) END) > 30 THEN 1 ELSE 0 END) > 0), FALSE)), "facts" AS (SELECT h."_row" AS "_row", h."regionCode" AS "_region", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE (CASE WHEN btrim(h."householdType", '	
                  　﻿') = '' THEN NULL ELSE h."householdType" END) END) AS "householdType", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE h."perCapitaNetIncome" END) AS "perCapitaNetIncome", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE (CASE WHEN btrim(h."helperName", '	
                  　﻿') = '' THEN NULL ELSE h."helperName" END) END) AS "helperName", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN FALSE ELSE COALESCE(h."helperName:none", FALSE) END) AS "helperName:none", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'members') OR EXISTS (SELECT 1 FROM "_unplaced" WHERE "members" > 0) OR EXISTS (SELECT 1 FROM "_incomplete" AS i WHERE i."householdId" = h."householdId")) THEN NULL ELSE (SELECT count(*) FROM "members" AS x1 WHERE x1."householdId" = h."householdId") END) AS "memberRows", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE (CASE WHEN btrim(h."houseGrade", '	
                  　﻿') = '' THEN NULL ELSE h."houseGrade" END) END) AS "houseGrade", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE h."dangerousHouse" END) AS "dangerousHouse", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'housing') OR NOT EXISTS (SELECT 1 FROM "housing@in_force") OR (EXISTS (SELECT 1 FROM "_list_unplaced" WHERE "list" = 'housing' AND "rows" > 0) OR EXISTS (SELECT 1 FROM "_list_rejected" AS j WHERE j."list" = 'housing' AND j."key" = h."householdId"))) THEN NULL ELSE EXISTS (SELECT 1 FROM "housing@in_force" AS x2 WHERE x2."householdId" = h."householdId") END) AS "onHousingList", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE h."safeWater" END) AS "safeWater" FROM "households" AS h LEFT JOIN "villages" AS v ON v."regionCode" = h."regionCode") SELECT "_row", "_region", (((CASE WHEN btrim("householdType", '	
                  　﻿') = '' THEN NULL ELSE "householdType" END) IN ('贫困户', '已脱贫户')) AND ("perCapitaNetIncome" < CAST('4000' AS double precision))) AS "golden/income-below-line", (((CASE WHEN btrim("householdType", '	
                  　﻿') = '' THEN NULL ELSE "householdType" END) = '贫困户') AND (CASE WHEN "helperName:none" THEN TRUE ELSE (CASE WHEN (CASE WHEN btrim("helperName", '	
                  　﻿') = '' THEN NULL ELSE "helperName" END) IS NULL THEN NULL ELSE FALSE END) END)) AS "golden/no-helper", (("memberRows" >= CAST('6' AS double precision)) AND ((CASE WHEN btrim("houseGrade", '	
                  　﻿') = '' THEN NULL ELSE "houseGrade" END) IN ('C', 'D'))) AS "golden/crowded-dangerous-house", (("dangerousHouse" = TRUE) AND ("onHousingList" = FALSE)) AS "golden/dangerous-house-not-listed", (("safeWater" = FALSE)) AS "golden-city/unsafe-water", ("_region" IS NULL OR "_region" = '' OR substr("_region", 1, 4) = '6101') AS "golden-city/unsafe-water:applies" FROM "facts";

-- member: 1 rules; one column per rule
WITH "facts" AS (SELECT m."_row" AS "_row", h."regionCode" AS "_region", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'members')) THEN NULL ELSE m."health" END) AS "health", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE h."measures" END) AS "household.measures" FROM "members" AS m LEFT JOIN "households" AS h ON h."householdId" = m."householdId" LEFT JOIN "villages" AS v ON v."regionCode" = h."regionCode") SELECT "_row", "_region", (('患有大病' = ANY("health")) AND (NOT ('健康帮扶' = ANY("household.measures")))) AS "golden/ill-without-health-measure" FROM "facts";

