package io.linli.people;

import io.linli.api.Role;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Staff, their assignments, residents and committee seats of the bound tenant. */
@ApplicationScoped
public class PeopleRepository {

  @Inject TenantEntityManager entityManagers;

  public Optional<StaffMember> staff(long id) {
    return Optional.ofNullable(entityManagers.current().find(StaffMember.class, id));
  }

  public Optional<StaffMember> staffByUsername(String username) {
    return entityManagers.current()
        .createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public List<StaffMember> staff() {
    return entityManagers.current()
        .createQuery("select s from StaffMember s order by s.role, s.username", StaffMember.class)
        .getResultList();
  }

  public List<StaffAssignment> assignments() {
    return entityManagers.current()
        .createQuery("select a from StaffAssignment a", StaffAssignment.class)
        .getResultList();
  }

  public List<StaffAssignment> assignmentsOf(StaffMember staff) {
    return entityManagers.current()
        .createQuery("select a from StaffAssignment a where a.staff = :s", StaffAssignment.class)
        .setParameter("s", staff)
        .getResultList();
  }

  /** @return staff of {@code role} assigned to the building, its project or its project's region */
  public List<StaffMember> staffAssignedTo(Role role, io.linli.community.Building building) {
    return entityManagers.current()
        .createQuery("select distinct a.staff from StaffAssignment a where a.staff.role = :role"
            + " and (a.building = :b or a.project = :p or a.region = :r)", StaffMember.class)
        .setParameter("role", role)
        .setParameter("b", building)
        .setParameter("p", building.project())
        .setParameter("r", building.project().region())
        .getResultList();
  }

  public Optional<Resident> resident(long id) {
    return Optional.ofNullable(entityManagers.current().find(Resident.class, id));
  }

  public Optional<Resident> residentByPhone(String phone) {
    return entityManagers.current()
        .createQuery("select r from Resident r where r.phone = :p", Resident.class)
        .setParameter("p", phone)
        .getResultStream()
        .findFirst();
  }

  public List<Resident> residents() {
    return entityManagers.current()
        .createQuery("select r from Resident r", Resident.class)
        .getResultList();
  }

  public List<Resident> residents(io.linli.community.Household household) {
    return entityManagers.current()
        .createQuery("select r from Resident r where r.household = :h", Resident.class)
        .setParameter("h", household)
        .getResultList();
  }

  public List<CommitteeSeat> seats() {
    return entityManagers.current()
        .createQuery("select c from CommitteeSeat c", CommitteeSeat.class)
        .getResultList();
  }

  public List<CommitteeSeat> seatsOf(Resident resident) {
    return entityManagers.current()
        .createQuery("select c from CommitteeSeat c where c.member = :r", CommitteeSeat.class)
        .setParameter("r", resident)
        .getResultList();
  }

  public void store(Object entity) {
    entityManagers.current().persist(entity);
  }

  public void remove(Object entity) {
    entityManagers.current().remove(entity);
  }
}
