-- duibiao rules in duckdb SQL, as of 2020-09-30
-- plugins: @duibiao-test/sql-golden 1.0.0, @duibiao-test/sql-golden-city 1.0.0
-- 6 rules compiled, 0 left to the in-process engine

-- The tables of the data format, and the status tables

CREATE TABLE "households" ("_row" INTEGER, "householdId" VARCHAR, "regionCode" VARCHAR, "householdType" VARCHAR, "exitYear" DOUBLE, "monitoredType" VARCHAR, "monitoredType:none" BOOLEAN, "monitoredSince" VARCHAR, "riskRemoved" BOOLEAN, "riskRemovalMode" VARCHAR, "riskRemovedAt" VARCHAR, "povertyCauses" VARCHAR[], "incomeYear" DOUBLE, "wageIncome" DOUBLE, "businessIncome" DOUBLE, "propertyIncome" DOUBLE, "transferIncome" DOUBLE, "businessExpense" DOUBLE, "netIncome" DOUBLE, "perCapitaNetIncome" DOUBLE, "rigidExpense" DOUBLE, "dangerousHouse" BOOLEAN, "houseGrade" VARCHAR, "housingSecurity" VARCHAR, "safeWater" BOOLEAN, "waterLitresPerDay" DOUBLE, "waterTripMinutes" DOUBLE, "waterOutageDays" DOUBLE, "waterScarceArea" BOOLEAN, "measures" VARCHAR[], "developmentMeasureStatus" VARCHAR, "developmentMeasureStatus:none" BOOLEAN, "relocated" BOOLEAN, "helperName" VARCHAR, "helperName:none" BOOLEAN, "phone" VARCHAR, "phone:none" BOOLEAN);

CREATE TABLE "members" ("_row" INTEGER, "householdId" VARCHAR, "idNumber" VARCHAR, "idType" VARCHAR, "name" VARCHAR, "relation" VARCHAR, "sex" VARCHAR, "birthDate" VARCHAR, "schoolStatus" VARCHAR, "schoolStatus:none" BOOLEAN, "notInSchoolReason" VARCHAR, "notInSchoolReason:none" BOOLEAN, "educationLevel" VARCHAR, "health" VARCHAR[], "disabilityCard" VARCHAR, "disabilityCard:none" BOOLEAN, "labour" VARCHAR, "migrantMonths" DOUBLE, "residentMedical" BOOLEAN, "employeeMedical" BOOLEAN, "seriousIllnessInsurance" BOOLEAN, "residentPension" BOOLEAN, "employeePension" BOOLEAN, "minimumLiving" BOOLEAN, "extremePoverty" BOOLEAN, "disabilitySubsidy" BOOLEAN, "yulu" BOOLEAN, "forestRanger" BOOLEAN, "publicWelfareJob" BOOLEAN, "chronicDiseaseContract" BOOLEAN);

CREATE TABLE "villages" ("_row" INTEGER, "regionCode" VARCHAR, "name" VARCHAR, "povertyVillage" BOOLEAN, "standardClinic" BOOLEAN, "qualifiedDoctor" BOOLEAN, "pavedRoad" BOOLEAN, "busEligible" BOOLEAN, "busService" BOOLEAN, "roadMaintenance" BOOLEAN, "industrialPower" BOOLEAN, "meterPerHousehold" BOOLEAN, "broadband" BOOLEAN, "cleanEnvironment" BOOLEAN, "residentTeam" BOOLEAN, "monitoringLiaison" VARCHAR, "monitoringLiaison:none" BOOLEAN, "pvStation" BOOLEAN, "pvIncomeDistribution" VARCHAR, "pvIncomeDistribution:none" BOOLEAN, "pvDistributionPublished" BOOLEAN);

CREATE TABLE "education" ("_row" INTEGER, "idNumber" VARCHAR, "name" VARCHAR, "school" VARCHAR, "stage" VARCHAR, "grade" VARCHAR, "status" VARCHAR, "asOf" VARCHAR);

CREATE TABLE "medicalInsurance" ("_row" INTEGER, "idNumber" VARCHAR, "name" VARCHAR, "scheme" VARCHAR, "status" VARCHAR, "year" DOUBLE, "seriousIllness" BOOLEAN, "premiumSubsidy" VARCHAR, "premiumSubsidy:none" BOOLEAN, "asOf" VARCHAR);

CREATE TABLE "civilAffairs" ("_row" INTEGER, "idNumber" VARCHAR, "name" VARCHAR, "assistanceType" VARCHAR, "start" VARCHAR, "end" VARCHAR, "end:none" BOOLEAN, "amount" DOUBLE, "asOf" VARCHAR);

CREATE TABLE "disability" ("_row" INTEGER, "idNumber" VARCHAR, "name" VARCHAR, "cardNumber" VARCHAR, "category" VARCHAR, "grade" VARCHAR, "livingSubsidy" BOOLEAN, "careSubsidy" BOOLEAN, "asOf" VARCHAR);

CREATE TABLE "housing" ("_row" INTEGER, "householdId" VARCHAR, "headIdNumber" VARCHAR, "grade" VARCHAR, "renovationYear" DOUBLE, "renovationYear:none" BOOLEAN, "renovationStatus" VARCHAR, "renovationStatus:none" BOOLEAN, "asOf" VARCHAR);

CREATE TABLE "pension" ("_row" INTEGER, "idNumber" VARCHAR, "name" VARCHAR, "scheme" VARCHAR, "status" VARCHAR, "paidByGovernment" BOOLEAN, "asOf" VARCHAR);

CREATE TABLE "employment" ("_row" INTEGER, "idNumber" VARCHAR, "name" VARCHAR, "workplace" VARCHAR, "startMonth" VARCHAR, "endMonth" VARCHAR, "endMonth:none" BOOLEAN, "monthlyIncome" DOUBLE, "asOf" VARCHAR);

CREATE TABLE "forestry" ("_row" INTEGER, "idNumber" VARCHAR, "name" VARCHAR, "start" VARCHAR, "end" VARCHAR, "end:none" BOOLEAN, "annualSubsidy" DOUBLE, "asOf" VARCHAR);

CREATE TABLE "credit" ("_row" INTEGER, "idNumber" VARCHAR, "name" VARCHAR, "amount" DOUBLE, "loanDate" VARCHAR, "dueDate" VARCHAR, "extended" BOOLEAN, "overdueAmount" DOUBLE, "overdueAmount:none" BOOLEAN, "interestSubsidy" BOOLEAN, "asOf" VARCHAR);

CREATE TABLE "publicSecurity" ("_row" INTEGER, "idNumber" VARCHAR, "name" VARCHAR, "status" VARCHAR, "changedOn" VARCHAR, "changedOn:none" BOOLEAN, "asOf" VARCHAR);

CREATE TABLE "monitoring" ("_row" INTEGER, "householdId" VARCHAR, "periodStart" VARCHAR, "periodEnd" VARCHAR, "netIncome" DOUBLE, "outOfPocket" DOUBLE, "source" VARCHAR);

CREATE TABLE "spotChecks" ("_row" INTEGER, "householdId" VARCHAR, "idNumber" VARCHAR, "idNumber:none" BOOLEAN, "checkedOn" VARCHAR, "item" VARCHAR, "answer" VARCHAR);

CREATE TABLE "complaints" ("_row" INTEGER, "complaintId" VARCHAR, "householdId" VARCHAR, "idNumber" VARCHAR, "receivedOn" VARCHAR, "topic" VARCHAR, "closedOn" VARCHAR, "closedOn:none" BOOLEAN, "limitDays" DOUBLE);

CREATE TABLE "censusIssues" ("_row" INTEGER, "issueId" VARCHAR, "householdId" VARCHAR, "idNumber" VARCHAR, "idNumber:none" BOOLEAN, "issueType" VARCHAR, "foundOn" VARCHAR, "status" VARCHAR, "deadline" VARCHAR, "deadline:none" BOOLEAN);

CREATE TABLE "projects" ("_row" INTEGER, "projectId" VARCHAR, "name" VARCHAR, "regionCode" VARCHAR, "projectType" VARCHAR, "fundSource" VARCHAR, "plannedAmount" DOUBLE, "fundsArrived" DOUBLE, "startedOn" VARCHAR, "startedOn:none" BOOLEAN, "status" VARCHAR, "beneficiaries" DOUBLE);

CREATE TABLE "_absent" ("name" VARCHAR);

CREATE TABLE "_incomplete" ("householdId" VARCHAR);

CREATE TABLE "_list_rejected" ("list" VARCHAR, "key" VARCHAR);

CREATE TABLE "_list_unplaced" ("list" VARCHAR, "rows" DOUBLE);

CREATE TABLE "_unplaced" ("members" DOUBLE);

CREATE TABLE "_rejected_member_ids" ("idNumber" VARCHAR);

-- household: 5 rules; one column per rule
WITH "housing@in_force" AS (SELECT * FROM "housing" WHERE NOT COALESCE(((CASE WHEN (CASE WHEN regexp_full_match((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), '\d{4}-\d{2}-\d{2}') AND TRY_CAST((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) AS DATE) IS NOT NULL AND TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) >= 1000 THEN (TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) * 12 + TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS INTEGER)) WHEN regexp_full_match((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), '\d{4}-\d{2}') AND TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) >= 1000 THEN (TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) * 12 + TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS INTEGER)) END) IS NULL THEN NULL WHEN (CASE WHEN regexp_full_match((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), '\d{4}-\d{2}-\d{2}') AND TRY_CAST((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) AS DATE) IS NOT NULL AND TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) >= 1000 THEN (TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) * 12 + TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS INTEGER)) WHEN regexp_full_match((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), '\d{4}-\d{2}') AND TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) >= 1000 THEN (TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) * 12 + TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS INTEGER)) END) < 24249 THEN -1 WHEN (CASE WHEN regexp_full_match((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), '\d{4}-\d{2}-\d{2}') AND TRY_CAST((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END) AS DATE) IS NOT NULL AND TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) >= 1000 THEN (TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) * 12 + TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS INTEGER)) WHEN regexp_full_match((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), '\d{4}-\d{2}') AND TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) >= 1000 THEN (TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 1, 4) AS INTEGER) * 12 + TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 6, 2) AS INTEGER)) END) > 24249 THEN 1 WHEN (CASE WHEN regexp_full_match((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), '\d{4}-\d{2}-\d{2}') THEN TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS INTEGER) END) IS NULL THEN NULL WHEN (CASE WHEN regexp_full_match((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), '\d{4}-\d{2}-\d{2}') THEN TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS INTEGER) END) < 30 THEN -1 WHEN (CASE WHEN regexp_full_match((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), '\d{4}-\d{2}-\d{2}') THEN TRY_CAST(substr((CASE WHEN trim("asOf", '	
                  　﻿') = '' THEN NULL ELSE "asOf" END), 9, 2) AS INTEGER) END) > 30 THEN 1 ELSE 0 END) > 0), FALSE)), "facts" AS (SELECT h."_row" AS "_row", h."regionCode" AS "_region", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE (CASE WHEN trim(h."householdType", '	
                  　﻿') = '' THEN NULL ELSE h."householdType" END) END) AS "householdType", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE h."perCapitaNetIncome" END) AS "perCapitaNetIncome", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE (CASE WHEN trim(h."helperName", '	
                  　﻿') = '' THEN NULL ELSE h."helperName" END) END) AS "helperName", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN FALSE ELSE COALESCE(h."helperName:none", FALSE) END) AS "helperName:none", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'members') OR EXISTS (SELECT 1 FROM "_unplaced" WHERE "members" > 0) OR EXISTS (SELECT 1 FROM "_incomplete" AS i WHERE i."householdId" = h."householdId")) THEN NULL ELSE (SELECT count(*) FROM "members" AS x1 WHERE x1."householdId" = h."householdId") END) AS "memberRows", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE (CASE WHEN trim(h."houseGrade", '	
                  　﻿') = '' THEN NULL ELSE h."houseGrade" END) END) AS "houseGrade", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE h."dangerousHouse" END) AS "dangerousHouse", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'housing') OR NOT EXISTS (SELECT 1 FROM "housing@in_force") OR (EXISTS (SELECT 1 FROM "_list_unplaced" WHERE "list" = 'housing' AND "rows" > 0) OR EXISTS (SELECT 1 FROM "_list_rejected" AS j WHERE j."list" = 'housing' AND j."key" = h."householdId"))) THEN NULL ELSE EXISTS (SELECT 1 FROM "housing@in_force" AS x2 WHERE x2."householdId" = h."householdId") END) AS "onHousingList", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE h."safeWater" END) AS "safeWater" FROM "households" AS h LEFT JOIN "villages" AS v ON v."regionCode" = h."regionCode") SELECT "_row", "_region", (((CASE WHEN trim("householdType", '	
                  　﻿') = '' THEN NULL ELSE "householdType" END) IN ('贫困户', '已脱贫户')) AND ("perCapitaNetIncome" < CAST('4000' AS DOUBLE))) AS "golden/income-below-line", (((CASE WHEN trim("householdType", '	
                  　﻿') = '' THEN NULL ELSE "householdType" END) = '贫困户') AND (CASE WHEN "helperName:none" THEN TRUE ELSE (CASE WHEN (CASE WHEN trim("helperName", '	
                  　﻿') = '' THEN NULL ELSE "helperName" END) IS NULL THEN NULL ELSE FALSE END) END)) AS "golden/no-helper", (("memberRows" >= CAST('6' AS DOUBLE)) AND ((CASE WHEN trim("houseGrade", '	
                  　﻿') = '' THEN NULL ELSE "houseGrade" END) IN ('C', 'D'))) AS "golden/crowded-dangerous-house", (("dangerousHouse" = TRUE) AND ("onHousingList" = FALSE)) AS "golden/dangerous-house-not-listed", (("safeWater" = FALSE)) AS "golden-city/unsafe-water", ("_region" IS NULL OR "_region" = '' OR substr("_region", 1, 4) = '6101') AS "golden-city/unsafe-water:applies" FROM "facts";

-- member: 1 rules; one column per rule
WITH "facts" AS (SELECT m."_row" AS "_row", h."regionCode" AS "_region", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'members')) THEN NULL ELSE m."health" END) AS "health", (CASE WHEN (EXISTS (SELECT 1 FROM "_absent" WHERE "name" = 'households')) THEN NULL ELSE h."measures" END) AS "household.measures" FROM "members" AS m LEFT JOIN "households" AS h ON h."householdId" = m."householdId" LEFT JOIN "villages" AS v ON v."regionCode" = h."regionCode") SELECT "_row", "_region", (list_contains("health", '患有大病') AND (NOT list_contains("household.measures", '健康帮扶'))) AS "golden/ill-without-health-measure" FROM "facts";

